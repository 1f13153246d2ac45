// SPDX-License-Identifier: BSD-3-Clause
// sst.portmodules.random_drop, the PortModule SST Core ships: drops each event it sees on a port
// with probability drop_prob, drawing from a Marsaglia generator seeded (rngseed, 13), so the
// same events are dropped on every engine.
#include "sst/core/portModule.h"
#include "sst/core/rng/marsaglia.h"

#include <cinttypes>
#include <string>

namespace SST::Engine::Builtin {

class RandomDrop : public SST::PortModule
{
public:
    SST_ELI_REGISTER_PORTMODULE(RandomDrop, "sst", "portmodules.random_drop", SST_ELI_ELEMENT_VERSION(0, 1, 0),
                                "Port module that will randomly drop events based on specified probability")
    SST_ELI_DOCUMENT_PARAMS(
        { "drop_prob", "Probability to drop event", "0.01" },
        { "drop_on_send", "Controls whether to drop packets during the send versus the default of on the receive",
          "false" },
        { "rngseed", "Set a seed for the random number generator used to control drops", "7" },
        { "verbose", "Debugging output", "false" })
    SST_ELI_DOCUMENT_STATISTICS(
        { "dropped", "Counts number of events that are dropped", "events", 1 },
        { "observed", "Counts number of events that are observed, including any dropped", "events", 1 })

    explicit RandomDrop(Params& params) : rng_(7, 13)
    {
        rng_.restart(params.find<uint32_t>("rngseed", 7), 13);
        drop_prob_    = params.find<double>("drop_prob", 0.01);
        verbose_      = params.find<bool>("verbose", false);
        drop_on_send_ = params.find<bool>("drop_on_send");
        dropped_      = registerStatistic<uint64_t>("dropped");
        observed_     = registerStatistic<uint64_t>("observed");
    }
    RandomDrop() = default;

    uintptr_t registerLinkAttachTool(const AttachPointMetaData& mdata) override { return remember(mdata); }
    uintptr_t registerHandlerIntercept(const AttachPointMetaData& mdata) override { return remember(mdata); }

    void eventSent(uintptr_t, Event*& ev) override
    {
        if ( drops("send") ) {
            delete ev;
            ev = nullptr;
        }
        observed_->addData(1);
    }

    void interceptHandler(uintptr_t, Event*& data, bool& cancel) override
    {
        cancel = drops("receive");
        if ( cancel ) delete data;
        observed_->addData(1);
    }

    bool installOnReceive() override { return !drop_on_send_; }
    bool installOnSend() override { return drop_on_send_; }

protected:
    void serialize_order(Core::Serialization::serializer& ser) override
    {
        PortModule::serialize_order(ser);
        SST_SER(drop_prob_);
        SST_SER(verbose_);
        SST_SER(drop_on_send_);
        SST_SER(rng_);
        SST_SER(where_);
    }
    ImplementSerializable(SST::Engine::Builtin::RandomDrop)

private:
    uintptr_t remember(const AttachPointMetaData& mdata)
    {
        if ( verbose_ && where_.empty() ) {
            auto& md = dynamic_cast<const EventHandlerMetaData&>(mdata);
            where_   = md.comp_name + "/" + md.port_name;
        }
        return 0;
    }

    bool drops(const char* side)
    {
        if ( rng_.nextUniform() >= drop_prob_ ) return false;
        if ( verbose_ )
            getSimulationOutput().output("(%" PRIu64 ") %s: Dropping event on %s\n", getCurrentSimCycle(),
                                         where_.c_str(), side);
        dropped_->addData(1);
        return true;
    }

    double                 drop_prob_    = 0.01;
    bool                   verbose_      = false;
    bool                   drop_on_send_ = false;
    SST::RNG::MarsagliaRNG rng_;
    std::string            where_;
    Statistics::Statistic<uint64_t>* dropped_  = nullptr;
    Statistics::Statistic<uint64_t>* observed_ = nullptr;
};

} // namespace SST::Engine::Builtin
