/* A stand-in for bcryptprimitives.dll, for the Wine tests only (see
 * scripts/package-windows.sh); never shipped. Rust's standard library takes
 * its random keys from ProcessPrng in that DLL, which Windows has had since
 * Windows 10, but Wine only since 8.13: on an older Wine (Debian 12 has 8.0)
 * the .exe would not start at all. This one draws from RtlGenRandom, which
 * every Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
