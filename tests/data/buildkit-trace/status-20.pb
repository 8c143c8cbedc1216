
Î
Gsha256:a8a2c459f85621aaa505ac7c42a6ee6a97bc0ab2da6be66c2578e38c3eac6b24Gsha256:98e58b7c40e34fad2e9b5874d178337e695bc795a14bbd6ebed19f124b509e2eGsha256:1747dba6a062242b5c480b74b09fe927aee0250fd45992a6056045a24f2daad2U[final 3/4] RUN --mount=type=bind,from=base,source=/data.txt,target=/d.txt cat /d.txt*ÆØä§úë2‘ÆØ¯ñÚË