// SPDX-License-Identifier: BSD-3-Clause
// The generators' sequences are SST Core's (its reference outputs check them, number for number).
#include "sst/core/rng/marsaglia.h"
#include "sst/core/rng/mersenne.h"
#include "sst/core/rng/xorshift.h"

#include <sys/time.h>

namespace SST::RNG {
namespace {
timeval timeOfDay()
{
    timeval now{};
    gettimeofday(&now, nullptr);
    return now;
}
} // namespace

MarsagliaRNG::MarsagliaRNG(unsigned int initial_z, unsigned int initial_w) : m_z(initial_z), m_w(initial_w) {}
MarsagliaRNG::MarsagliaRNG()
{
    timeval now = timeOfDay();
    m_z         = static_cast<uint32_t>(now.tv_usec);
    m_w         = static_cast<uint32_t>(now.tv_sec);
}
void MarsagliaRNG::restart(unsigned int new_z, unsigned int new_w)
{
    m_z = new_z;
    m_w = new_w;
}
unsigned int MarsagliaRNG::generateNext()
{
    m_z = 36969 * (m_z & 65535) + (m_z >> 16);
    m_w = 18000 * (m_w & 65535) + (m_w >> 16);
    return (m_z << 16) + m_w;
}
double MarsagliaRNG::nextUniform()
{
    double d;
    do {
        d = static_cast<double>(generateNext() + 1) * 2.328306435454494e-10; // (n + 1) / 2^32
    } while ( d >= 1.0 );
    return d;
}
int32_t  MarsagliaRNG::generateNextInt32() { return reinterpret<int32_t>(generateNext()); }
uint32_t MarsagliaRNG::generateNextUInt32() { return reinterpret<uint32_t>(generateNextInt32()); }
int64_t  MarsagliaRNG::generateNextInt64()
{
    uint32_t low  = reinterpret<uint32_t>(generateNextInt32());
    uint32_t high = reinterpret<uint32_t>(generateNextInt32());
    return combine(low, high);
}
uint64_t MarsagliaRNG::generateNextUInt64() { return reinterpret<uint64_t>(generateNextInt64()); }
void     MarsagliaRNG::seed(uint64_t s)
{
    m_z = static_cast<unsigned int>(s);
    m_w = static_cast<unsigned int>(((~s) << 1) + 1);
}
void MarsagliaRNG::serialize_order(Core::Serialization::serializer& ser)
{
    SST_SER(m_z);
    SST_SER(m_w);
}

MersenneRNG::MersenneRNG() { seed(static_cast<uint32_t>(timeOfDay().tv_usec)); }
MersenneRNG::MersenneRNG(unsigned int startSeed) { seed(startSeed); }
void MersenneRNG::seed(uint64_t s)
{
    numbers[0] = static_cast<uint32_t>(s);
    index      = 0;
    for ( uint32_t i = 1; i < 624; i++ )
        numbers[i] = 1812433253u * (numbers[i - 1] ^ (numbers[i - 1] >> 30)) + i;
}
void MersenneRNG::generateNextBatch()
{
    index = 0;
    for ( int i = 0; i < 624; ++i ) {
        uint32_t y = (numbers[i] & 0x80000000u) + (numbers[(i + 1) % 624] & 0x7fffffffu);
        numbers[i] = numbers[(i + 397) % 624] ^ (y >> 1);
        if ( y % 2 != 0 ) numbers[i] ^= 2567483615u;
    }
}
uint32_t MersenneRNG::generateNextUInt32()
{
    if ( index == 0 ) generateNextBatch();
    uint32_t y = numbers[index];
    y ^= y >> 11;
    y ^= (y << 7) & 2636928640u;
    y ^= (y << 15) & 4022730752u;
    y ^= y >> 18;
    index = (index + 1) % 624;
    return y;
}
double MersenneRNG::nextUniform()
{
    double d;
    do {
        d = static_cast<double>(generateNextUInt32()) / static_cast<double>(MERSENNE_UINT32_MAX);
    } while ( d >= 1.0 );
    return d;
}
int32_t MersenneRNG::generateNextInt32() { return reinterpret<int32_t>(generateNextUInt32()); }
int64_t MersenneRNG::generateNextInt64()
{
    uint32_t low  = generateNextUInt32();
    uint32_t high = generateNextUInt32();
    return combine(low, high);
}
uint64_t MersenneRNG::generateNextUInt64() { return reinterpret<uint64_t>(generateNextInt64()); }
void     MersenneRNG::serialize_order(Core::Serialization::serializer& ser)
{
    SST_SER(index);
    SST_SER(numbers);
}

XORShiftRNG::XORShiftRNG()
{
    timeval now = timeOfDay();
    x           = static_cast<uint32_t>(now.tv_usec);
    y           = static_cast<uint32_t>(now.tv_sec);
    w           = 0;
    z           = 11;
}
XORShiftRNG::XORShiftRNG(unsigned int startSeed) { seed(startSeed); }
void XORShiftRNG::seed(uint64_t s)
{
    x = static_cast<uint32_t>(s);
    y = z = w = 0;
}
uint32_t XORShiftRNG::generateNextUInt32()
{
    uint32_t t = x ^ (x << 11);
    x          = y;
    y          = z;
    z          = w;
    w          = w ^ (w >> 19) ^ t ^ (t >> 8);
    return w;
}
double XORShiftRNG::nextUniform()
{
    double d;
    do {
        d = static_cast<double>(generateNextUInt32()) / static_cast<double>(XORSHIFT_UINT32_MAX);
    } while ( d >= 1.0 );
    return d;
}
int32_t XORShiftRNG::generateNextInt32() { return reinterpret<int32_t>(generateNextUInt32()); }
int64_t XORShiftRNG::generateNextInt64()
{
    uint32_t low  = generateNextUInt32();
    uint32_t high = generateNextUInt32();
    return combine(low, high);
}
uint64_t XORShiftRNG::generateNextUInt64() { return reinterpret<uint64_t>(generateNextInt64()); }
void     XORShiftRNG::serialize_order(Core::Serialization::serializer& ser)
{
    SST_SER(x);
    SST_SER(y);
    SST_SER(w);
    SST_SER(z);
}

} // namespace SST::RNG
