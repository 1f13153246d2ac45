// SPDX-License-Identifier: BSD-3-Clause
// Component parameters: string values converted on lookup (see from_string.h), as in SST Core.
// A Params holds its own values and, after them, any shared parameter sets it subscribes to
// (sst.addSharedParams in the configuration). Keys are interned process-wide; values print in
// the order their keys were first seen.
#ifndef SST_CORE_PARAMS_H
#define SST_CORE_PARAMS_H

#include "sst/core/from_string.h"
#include "sst/core/output.h"
#include "sst/core/serialization/serializer.h"
#include "sst/core/unitAlgebra.h"

#include <cctype>
#include <cstdint>
#include <map>
#include <ostream>
#include <set>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace SST {

namespace Engine {
class Simulation;
class ConfigModel;
} // namespace Engine

class Params
{
    /** Orders keys so that a documented "port%d" (or "%(name)d") matches any number there. */
    struct KeyCompare
    {
        bool operator()(const std::string& X, const std::string& Y) const;
    };

    template <class T>
    T convert_value(const std::string& key, const std::string& val) const
    {
        try {
            return Core::from_string<T>(val);
        }
        catch ( const std::invalid_argument& e ) {
            throw std::invalid_argument("Params::find(): No conversion for value: key = " + key + ", value =  " + val +
                                        ".  Original error: " + e.what());
        }
    }

    template <class T>
    T find_impl(const std::string& k, T default_value, bool& found) const
    {
        verifyKey(k);
        const std::string& value = getString(k, found);
        if ( !found ) return default_value;
        return convert_value<T>(k, value);
    }

    template <class T>
    T find_impl(const std::string& k, const std::string& default_value, bool& found) const
    {
        verifyKey(k);
        const std::string& value = getString(k, found);
        if ( found ) return convert_value<T>(k, value);
        try {
            return Core::from_string<T>(default_value);
        }
        catch ( const std::invalid_argument& e ) {
            throw std::invalid_argument("Params::find(): Invalid default value specified: key = " + k +
                                        ", value =  " + default_value + ".  Original error: " + e.what());
        }
    }

    const std::string& getString(const std::string& name, bool& found) const;
    void               cleanToken(std::string& token) const;
    void getDelimitedTokens(const std::string& value, char delim, std::vector<std::string>& tokens) const;

public:
    using key_type = std::string;
    using KeySet_t = std::set<key_type, KeyCompare>;

    bool enableVerify(bool enable)
    {
        bool old        = verify_enabled;
        verify_enabled  = enable;
        return old;
    }
    static void enableVerify() { g_verify_enabled = true; }

    size_t size() const;
    bool   empty() const;

    Params();
    Params(const Params& old);
    ~Params() = default;
    Params& operator=(const Params& old);

    void   clear();
    size_t count(const key_type& k) const;

    template <class T>
    std::enable_if_t<!std::is_same_v<std::string, T>, T> find(const std::string& k, T default_value, bool& found) const
    {
        return find_impl<T>(k, default_value, found);
    }
    template <class T>
    T find(const std::string& k, const std::string& default_value, bool& found) const
    {
        return find_impl<T>(k, default_value, found);
    }
    template <class T>
    std::enable_if_t<std::is_same_v<bool, T>, T> find(const std::string& k, const char* default_value,
                                                     bool& found) const
    {
        if ( !default_value ) return find_impl<T>(k, static_cast<T>(0), found);
        return find_impl<T>(k, std::string(default_value), found);
    }
    template <class T>
    T find(const std::string& k, T default_value) const
    {
        bool tmp;
        return find_impl<T>(k, default_value, tmp);
    }
    template <class T>
    T find(const std::string& k, const std::string& default_value) const
    {
        bool tmp;
        return find_impl<T>(k, default_value, tmp);
    }
    template <class T>
    std::enable_if_t<std::is_same_v<bool, T>, T> find(const std::string& k, const char* default_value) const
    {
        bool tmp;
        if ( !default_value ) return find_impl<T>(k, static_cast<T>(0), tmp);
        return find_impl<T>(k, std::string(default_value), tmp);
    }
    template <class T>
    T find(const std::string& k) const
    {
        bool tmp;
        return find_impl<T>(k, T(), tmp);
    }
    template <class T>
    std::enable_if_t<!std::is_same_v<bool, T>, T> find(const std::string& k, bool& found) const
    {
        return find_impl<T>(k, T(), found);
    }

    /** "[a, b, c]" (quotes allowed) appended to vec; a value without brackets is one element. */
    template <class T>
    void find_array(const key_type& k, std::vector<T>& vec) const
    {
        verifyKey(k);
        bool        found = false;
        std::string value = getString(k, found);
        if ( !found ) return;
        if ( value.empty() || value.front() != '[' || value.back() != ']' ) {
            vec.push_back(convert_value<T>(k, value));
            return;
        }
        std::vector<std::string> tokens;
        getDelimitedTokens(value.substr(1, value.size() - 2), ',', tokens);
        for ( auto& t : tokens ) {
            cleanToken(t);
            vec.push_back(convert_value<T>(k, t));
        }
    }

    /** "{a, b}" (or Python's "set([a, b])") inserted into set. */
    template <class T>
    void find_set(const key_type& k, std::set<T>& set) const
    {
        verifyKey(k);
        bool        found = false;
        std::string value = getString(k, found);
        if ( !found ) return;
        if ( value.rfind("set([", 0) == 0 && value.size() >= 7 ) value = "{" + value.substr(5, value.size() - 7) + "}";
        if ( value.empty() || value.front() != '{' || value.back() != '}' ) {
            set.insert(convert_value<T>(k, value));
            return;
        }
        std::vector<std::string> tokens;
        getDelimitedTokens(value.substr(1, value.size() - 2), ',', tokens);
        for ( auto& t : tokens ) {
            cleanToken(t);
            set.insert(convert_value<T>(k, t));
        }
    }

    /** "{k1: v1, k2: v2}" inserted into map. */
    template <class keyT, class valT>
    void find_map(const key_type& k, std::map<keyT, valT>& map) const
    {
        verifyKey(k);
        bool        found = false;
        std::string value = getString(k, found);
        if ( !found ) return;
        if ( value.empty() || value.front() != '{' || value.back() != '}' )
            throw std::invalid_argument("Invalid format for parameter to be parsed as a map: " + value);
        std::vector<std::string> tokens;
        getDelimitedTokens(value.substr(1, value.size() - 2), ',', tokens);
        for ( auto& x : tokens ) {
            std::vector<std::string> kv;
            getDelimitedTokens(x, ':', kv);
            if ( kv.size() != 2 ) throw std::invalid_argument("Invalid format for map key/value pair: " + x);
            cleanToken(kv[0]);
            cleanToken(kv[1]);
            map[convert_value<keyT>(k, kv[0])] = convert_value<valT>(k, kv[1]);
        }
    }

    bool is_value_array(const key_type& k) const
    {
        bool        found = false;
        std::string value = getString(k, found);
        return found && value.find('[') != std::string::npos && value.find(']') != std::string::npos;
    }

    void        print_all_params(std::ostream& os, const std::string& prefix = "") const;
    void        print_all_params(Output& out, const std::string& prefix = "") const;
    std::string toString(const std::string& prefix = "") const;

    void                  insert(const std::string& key, const std::string& value, bool overwrite = true);
    void                  insert(const Params& params);
    std::set<std::string> getKeys() const;
    /** Keys "scope.x" as "x". */
    Params                get_scoped_params(const std::string& scope) const;
    bool                  contains(const key_type& k) const;
    void                  pushAllowedKeys(const std::vector<std::string>& keys);
    void                  popAllowedKeys();

    void serialize_order(Core::Serialization::serializer& ser);

private:
    friend class Engine::Simulation;
    friend class Engine::ConfigModel;

    void verifyParam(const key_type& k) const;
    /** Subscribes to a shared set (its values come after this object's own). */
    void addSharedParamSet(const std::string& set);
    static void insert_shared(const std::string& set, const key_type& key, const key_type& value,
                              bool overwrite = true);
    static std::map<std::string, std::string> getSharedParamSet(const std::string& name);
    static std::vector<std::string>           getSharedParamSetNames();
    std::vector<std::string>                  getLocalKeys() const;
    std::vector<std::string>                  getSubscribedSharedParamSets() const;
    void                                      verifyKey(const key_type& k) const;

    static uint32_t           getKey(const std::string& str);
    static const std::string& getParamName(uint32_t id);

    std::map<uint32_t, std::string>               my_data;
    std::vector<std::map<uint32_t, std::string>*> data;
    std::vector<KeySet_t>                         allowedKeys;
    bool                                          verify_enabled = true;
    static bool                                   g_verify_enabled;
};

} // namespace SST

#endif
