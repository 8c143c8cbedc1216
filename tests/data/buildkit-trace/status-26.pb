 
Uwriting image sha256:e5e6717d0dad051baa35a6c141d72f58a893eae55a1dda43a136faaf60595aa5Gsha256:e8c613e07b0b7ff33893b694f7759a10d42e180f2b4dc349fb57dc6b71dcab002ëù∆ÿû»ﬂü:ëù∆ÿÎç¨üBëù∆ÿÉ≈ﬂüë
*naming to docker.io/library/bk1test:latestGsha256:e8c613e07b0b7ff33893b694f7759a10d42e180f2b4dc349fb57dc6b71dcab002ëù∆ÿ∆î‡ü:ëù∆ÿ∞ì‡ü