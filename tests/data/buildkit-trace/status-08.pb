
§
Gsha256:bbc8a993a79294c84e5b4f15f53b9cda1ad0d7c1645d404b589a3ebcdb635c60@[internal] load metadata for docker.io/stagecraft/busybox:latest*ÆØ‹™¶ƒ2ÆØÌÇÀƒ
~
Gsha256:bb19dca6c0fbecb1313fb51f9a68f1a103f8557f8ef505600f7a23286a0915c63[base 1/2] FROM docker.io/stagecraft/busybox:latest
ï
Gsha256:1747dba6a062242b5c480b74b09fe927aee0250fd45992a6056045a24f2daad2Gsha256:bb19dca6c0fbecb1313fb51f9a68f1a103f8557f8ef505600f7a23286a0915c6[[base 2/2] RUN --mount=type=cache,target=/cache echo hi > /cache/x && echo data > /data.txt
Ý
Gsha256:6de9baff30df9bdcc7697842f0d109c1068615b8de9a8526da432cbe3b4d905cGsha256:1747dba6a062242b5c480b74b09fe927aee0250fd45992a6056045a24f2daad2I[stage-1 1/1] RUN mkdir -p /out && head -c 20000 /dev/urandom > /out/blob
†
Gsha256:98e58b7c40e34fad2e9b5874d178337e695bc795a14bbd6ebed19f124b509e2eGsha256:bb19dca6c0fbecb1313fb51f9a68f1a103f8557f8ef505600f7a23286a0915c6Gsha256:6de9baff30df9bdcc7697842f0d109c1068615b8de9a8526da432cbe3b4d905c)[final 2/4] COPY --from=1 /out/blob /blob
²
Gsha256:a8a2c459f85621aaa505ac7c42a6ee6a97bc0ab2da6be66c2578e38c3eac6b24Gsha256:98e58b7c40e34fad2e9b5874d178337e695bc795a14bbd6ebed19f124b509e2eGsha256:1747dba6a062242b5c480b74b09fe927aee0250fd45992a6056045a24f2daad2U[final 3/4] RUN --mount=type=bind,from=base,source=/data.txt,target=/d.txt cat /d.txt
¬
Gsha256:53c4cc7210ec01ff4f2c1363693ce2f4120cd3259ad98895eabc4312e3cff1d8Gsha256:a8a2c459f85621aaa505ac7c42a6ee6a97bc0ab2da6be66c2578e38c3eac6b24[final 4/4] WORKDIR /app