/*
 * A stand-in for Windows' bcryptprimitives.dll, for running casewright.exe under Debian's
 * Wine 8 in CI only; it is never installed with Casewright. Rust's standard library (1.78
 * and later) takes random numbers from ProcessPrng in bcryptprimitives.dll, which every
 * supported Windows has and Wine has only since version 9; without it Wine 8 refuses to
 * start the program ("Library bcryptprimitives.dll ... not found", status c0000135).
 * This answers with the same system generator, through bcrypt.dll, which Wine 8 has.
 */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
