// CRC-32C (Castagnoli) with the SSE4.2 crc32 instruction.
//
// The crc32 instruction has a latency of 3 cycles and a throughput of 1 per cycle, so long
// inputs are split into three equal blocks whose CRCs run interleaved; the partial CRCs are
// then combined by "shifting" the earlier one over the later blocks' length of zero bytes
// (a linear operator over GF(2), applied through four byte-indexed tables) and XORing.
// After Mark Adler's crc32c.c (zlib licence), reduced to what pubstat needs.

#include "ccrc32c.h"

#if defined(__x86_64__)

#include <nmmintrin.h>
#include <pthread.h>

#define POLY 0x82f63b78u
#define LONG_BLOCK 8192
#define SHORT_BLOCK 256

static uint32_t crc32c_long[4][256];   // shifts a CRC over LONG_BLOCK zero bytes
static uint32_t crc32c_short[4][256];  // shifts a CRC over SHORT_BLOCK zero bytes
static pthread_once_t crc32c_once = PTHREAD_ONCE_INIT;

static uint32_t gf2_matrix_times(const uint32_t *mat, uint32_t vec) {
    uint32_t sum = 0;
    while (vec) {
        if (vec & 1) sum ^= *mat;
        vec >>= 1;
        mat++;
    }
    return sum;
}

static void gf2_matrix_square(uint32_t *square, const uint32_t *mat) {
    for (int n = 0; n < 32; n++) square[n] = gf2_matrix_times(mat, mat[n]);
}

// The operator that appends `len` zero bytes (a power of two, at least 1) to a raw CRC register.
static void zeros_operator(uint32_t *even, size_t len) {
    uint32_t odd[32];
    odd[0] = POLY;  // one zero bit
    uint32_t row = 1;
    for (int n = 1; n < 32; n++) {
        odd[n] = row;
        row <<= 1;
    }
    gf2_matrix_square(even, odd);  // two zero bits
    gf2_matrix_square(odd, even);  // four zero bits
    // Each square doubles the length: first one zero byte in even, then two in odd, ...
    do {
        gf2_matrix_square(even, odd);
        len >>= 1;
        if (len == 0) return;
        gf2_matrix_square(odd, even);
        len >>= 1;
    } while (len);
    for (int n = 0; n < 32; n++) even[n] = odd[n];
}

static void zeros_tables(uint32_t zeros[4][256], size_t len) {
    uint32_t op[32];
    zeros_operator(op, len);
    for (uint32_t n = 0; n < 256; n++) {
        zeros[0][n] = gf2_matrix_times(op, n);
        zeros[1][n] = gf2_matrix_times(op, n << 8);
        zeros[2][n] = gf2_matrix_times(op, n << 16);
        zeros[3][n] = gf2_matrix_times(op, n << 24);
    }
}

static void init_tables(void) {
    zeros_tables(crc32c_long, LONG_BLOCK);
    zeros_tables(crc32c_short, SHORT_BLOCK);
}

static inline uint32_t shift(const uint32_t zeros[4][256], uint32_t crc) {
    return zeros[0][crc & 0xff] ^ zeros[1][(crc >> 8) & 0xff] ^ zeros[2][(crc >> 16) & 0xff] ^ zeros[3][crc >> 24];
}

static inline uint64_t load64(const unsigned char *p) {
    uint64_t v;
    __builtin_memcpy(&v, p, 8);
    return v;
}

int ccrc32c_hw_available(void) {
    static int available = -1;
    int value = __atomic_load_n(&available, __ATOMIC_RELAXED);
    if (value < 0) {
        value = __builtin_cpu_supports("sse4.2") ? 1 : 0;
        if (value) pthread_once(&crc32c_once, init_tables);
        __atomic_store_n(&available, value, __ATOMIC_RELEASE);
    }
    return value;
}

// Three interleaved streams over `blocks` rounds of 3 * `block` bytes each.
__attribute__((target("sse4.2")))
static inline uint64_t interleaved(uint64_t crc0, const unsigned char **next, size_t *len, size_t block,
                                   const uint32_t zeros[4][256]) {
    const unsigned char *p = *next;
    while (*len >= 3 * block) {
        uint64_t crc1 = 0, crc2 = 0;
        const unsigned char *end = p + block;
        do {
            crc0 = _mm_crc32_u64(crc0, load64(p));
            crc1 = _mm_crc32_u64(crc1, load64(p + block));
            crc2 = _mm_crc32_u64(crc2, load64(p + 2 * block));
            p += 8;
        } while (p < end);
        crc0 = shift(zeros, (uint32_t)crc0) ^ (uint32_t)crc1;
        crc0 = shift(zeros, (uint32_t)crc0) ^ (uint32_t)crc2;
        p += 2 * block;
        *len -= 3 * block;
    }
    *next = p;
    return crc0;
}

__attribute__((target("sse4.2")))
uint32_t ccrc32c_hw_update(uint32_t crc, const void *buf, size_t len) {
    const unsigned char *next = buf;
    uint64_t crc0 = crc;
    if (len == 0) return crc;
    // Leading bytes up to an 8-byte boundary.
    while (len && ((uintptr_t)next & 7) != 0) {
        crc0 = _mm_crc32_u8((uint32_t)crc0, *next);
        next++;
        len--;
    }
    if (len >= 3 * SHORT_BLOCK) {
        pthread_once(&crc32c_once, init_tables);
        crc0 = interleaved(crc0, &next, &len, LONG_BLOCK, crc32c_long);
        crc0 = interleaved(crc0, &next, &len, SHORT_BLOCK, crc32c_short);
    }
    while (len >= 8) {
        crc0 = _mm_crc32_u64(crc0, load64(next));
        next += 8;
        len -= 8;
    }
    while (len) {
        crc0 = _mm_crc32_u8((uint32_t)crc0, *next);
        next++;
        len--;
    }
    return (uint32_t)crc0;
}

#else

int ccrc32c_hw_available(void) { return 0; }

uint32_t ccrc32c_hw_update(uint32_t crc, const void *buf, size_t len) {
    (void)buf;
    (void)len;
    __builtin_trap();  // never called: ccrc32c_hw_available() is 0 off x86-64
    return crc;
}

#endif
