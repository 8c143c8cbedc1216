
˝
Gsha256:1747dba6a062242b5c480b74b09fe927aee0250fd45992a6056045a24f2daad2Gsha256:bb19dca6c0fbecb1313fb51f9a68f1a103f8557f8ef505600f7a23286a0915c6[[base 2/2] RUN --mount=type=cache,target=/cache echo hi > /cache/x && echo data > /data.txt*çù∆ÿÃ≈ô∑