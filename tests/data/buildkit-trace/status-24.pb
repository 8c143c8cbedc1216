…
exporting layersGsha256:e8c613e07b0b7ff33893b694f7759a10d42e180f2b4dc349fb57dc6b71dcab002‘ÆØñÍŸ:‘ÆØå‚‘ôB‘ÆØ‚ÄŸ