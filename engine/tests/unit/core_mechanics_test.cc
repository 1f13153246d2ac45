// SPDX-License-Identifier: BSD-3-Clause
// The time-ordered queue and serialization.
#include "object_bytes.h"
#include "time_vortex.h"
#include "test_components.h"

#include "sst/core/action.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <random>

namespace {
struct Marker : SST::Action
{
    explicit Marker(int id, int prio) : id(id) { setPriority(prio); }
    void        execute() override {}
    const char* cls_name() const override { return "Marker"; }
    uint32_t    cls_id() const override { return 0; }
    int         id;
};

/** Queues m at time t with an order tag, as a link or clock does. */
void insert(SST::Engine::TimeVortex& q, Marker* m, uint64_t t, uint32_t tag)
{
    m->setDeliveryTime(t);
    m->setOrderTag(tag);
    q.insert(m);
}
} // namespace

TEST(TimeVortex, OrdersByTimeThenPriorityThenOrderTagThenInsertion)
{
    SST::Engine::TimeVortex q;
    Marker a(0, EVENTPRIORITY), b(1, CLOCKPRIORITY), c(2, EVENTPRIORITY), d(3, EVENTPRIORITY),
        e(4, EVENTPRIORITY);
    insert(q, &a, 10, 2);
    insert(q, &b, 10, 9);
    insert(q, &c, 5, 2);
    insert(q, &d, 10, 2);
    insert(q, &e, 10, 1); // inserted last, but its link was configured first
    std::vector<int> order;
    while ( !q.empty() )
        order.push_back(static_cast<Marker*>(q.pop())->id);
    EXPECT_EQ(order, (std::vector<int>{ 2, 1, 4, 0, 3 }));
}

TEST(TimeVortex, MatchesAStableSortUnderRandomLoad)
{
    std::mt19937_64                                  rng(42);
    SST::Engine::TimeVortex                          q;
    std::vector<std::unique_ptr<Marker>>             markers;
    std::vector<std::tuple<uint64_t, int, int, int>> reference; // time, priority, tag, id (insertion order)
    for ( int i = 0; i < 20000; ++i ) {
        uint64_t t    = rng() % 500;
        int      prio = (rng() % 2) ? CLOCKPRIORITY : EVENTPRIORITY;
        int      tag  = static_cast<int>(rng() % 4);
        markers.push_back(std::make_unique<Marker>(i, prio));
        insert(q, markers.back().get(), t, static_cast<uint32_t>(tag));
        reference.emplace_back(t, prio, tag, i);
    }
    std::sort(reference.begin(), reference.end());
    for ( const auto& [t, prio, tag, id] : reference ) {
        ASSERT_EQ(q.top().time, t);
        ASSERT_EQ(static_cast<Marker*>(q.pop())->id, id);
    }
    EXPECT_TRUE(q.empty());
}

namespace {
class Rich : public SST::Event
{
public:
    uint32_t                           a = 0;
    double                             b = 0;
    std::string                        s;
    std::vector<uint16_t>              v;
    std::map<std::string, int64_t>     m;
    std::pair<int8_t, bool>            p{ 0, false };
    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(a);
        SST_SER(b);
        SST_SER(s);
        SST_SER(v);
        SST_SER(m);
        SST_SER(p);
    }
    ImplementSerializable(Rich)
};
} // namespace

TEST(Serialization, RoundTripsEveryFieldAsTheDynamicType)
{
    Rich e;
    e.a = 0xDEADBEEF;
    e.b = 2.5;
    e.s = "hello";
    e.v = { 1, 2, 65535 };
    e.m = { { "x", -1 }, { "y", 1LL << 40 } };
    e.p = { -7, true };
    e.setDeliveryTime(1234);
    auto bytes = SST::Engine::packObject(e);
    auto obj   = SST::Engine::unpackObject(bytes);
    auto* r    = dynamic_cast<Rich*>(obj.get());
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->a, e.a);
    EXPECT_EQ(r->b, e.b);
    EXPECT_EQ(r->s, e.s);
    EXPECT_EQ(r->v, e.v);
    EXPECT_EQ(r->m, e.m);
    EXPECT_EQ(r->p, e.p);
    EXPECT_EQ(r->getDeliveryTime(), 1234u);
}

TEST(Serialization, RejectsMalformedBuffers)
{
    unittest::Payload p(77);
    auto              bytes = SST::Engine::packObject(p);
    EXPECT_EQ(dynamic_cast<unittest::Payload&>(*SST::Engine::unpackObject(bytes)).value, 77u);

    EXPECT_THROW(SST::Engine::unpackObject({}), std::exception);
    auto truncated = bytes;
    truncated.pop_back();
    EXPECT_THROW(SST::Engine::unpackObject(truncated), std::out_of_range);
    auto trailing = bytes;
    trailing.push_back(0);
    EXPECT_THROW(SST::Engine::unpackObject(trailing), std::runtime_error);
    auto unknown = bytes;
    unknown[0] = unknown[1] = unknown[2] = unknown[3] = char(0x7f);
    EXPECT_THROW(SST::Engine::unpackObject(unknown), std::runtime_error);
}

namespace {
class VecEvent : public SST::Event
{
public:
    std::vector<uint64_t> v;
    void                  serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(v);
    }
    ImplementSerializable(VecEvent)
};
} // namespace

TEST(Serialization, AHugeLengthIsRejectedWithoutAllocating)
{
    // Found by fuzz_unpack: a vector claiming 2^60 elements in a small buffer.
    VecEvent vec;
    vec.v         = { 1, 2, 3 };
    auto packed   = SST::Engine::packObject(vec);
    uint64_t huge = uint64_t(1) << 60;
    std::memcpy(packed.data() + packed.size() - 3 * sizeof(uint64_t) - sizeof huge, &huge, sizeof huge);
    EXPECT_THROW(SST::Engine::unpackObject(packed), std::out_of_range);
}
