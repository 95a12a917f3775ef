#ifndef CCRC32C_H
#define CCRC32C_H

#include <stddef.h>
#include <stdint.h>

/// True (1) when this CPU has the SSE4.2 `crc32` instruction, so `ccrc32c_hw_update` may be called.
int ccrc32c_hw_available(void);

/// Advances the raw CRC-32C register `crc` (no pre/post inversion) over `len` bytes at `buf`
/// with the SSE4.2 `crc32` instruction, three interleaved streams on long inputs.
/// Only call it when `ccrc32c_hw_available()` returns 1.
uint32_t ccrc32c_hw_update(uint32_t crc, const void *buf, size_t len);

#endif
