// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/params.h"

#include <cstdlib>
#include <mutex>

namespace SST {
namespace {

struct KeyTable
{
    std::recursive_mutex                                           lock;
    std::map<std::string, uint32_t>                                ids;
    std::vector<std::string>                                       names;
    std::map<std::string, std::map<uint32_t, std::string>>         shared;

    KeyTable()
    {
        // Id 0 names the set an entry of a shared parameter set belongs to.
        ids["<set_name>"] = 0;
        names.push_back("<set_name>");
    }
    static KeyTable& get()
    {
        static KeyTable table;
        return table;
    }
};

} // namespace

bool Params::g_verify_enabled = false;

bool Params::KeyCompare::operator()(const std::string& X, const std::string& Y) const
{
    // "%d" (or "%(name)d") on either side matches a run of digits on the other.
    const char* x = X.c_str();
    const char* y = Y.c_str();
    auto eatVariable = [](const char*& a, const char*& b) {
        if ( *a != '%' || (a[1] != '(' && a[1] != 'd') ) return;
        const char* p = a + 1;
        if ( *p == '(' ) {
            while ( *p && *p != ')' )
                ++p;
            if ( *p ) ++p;
        }
        if ( *p != 'd' ) return;
        a = p + 1;
        while ( *b && std::isdigit(static_cast<unsigned char>(*b)) )
            ++b;
    };
    while ( true ) {
        eatVariable(x, y);
        eatVariable(y, x);
        if ( *x != *y ) return static_cast<unsigned char>(*x) < static_cast<unsigned char>(*y);
        if ( *x == '\0' ) return false;
        ++x;
        ++y;
    }
}

uint32_t Params::getKey(const std::string& str)
{
    auto&            t = KeyTable::get();
    std::scoped_lock guard(t.lock);
    auto             it = t.ids.find(str);
    if ( it != t.ids.end() ) return it->second;
    uint32_t id = static_cast<uint32_t>(t.names.size());
    t.ids.emplace(str, id);
    t.names.push_back(str);
    return id;
}

const std::string& Params::getParamName(uint32_t id)
{
    auto&            t = KeyTable::get();
    std::scoped_lock guard(t.lock);
    return t.names.at(id);
}

Params::Params() { data.push_back(&my_data); }

Params::Params(const Params& old)
    : my_data(old.my_data), data(old.data), allowedKeys(old.allowedKeys), verify_enabled(old.verify_enabled)
{
    data[0] = &my_data;
}

Params& Params::operator=(const Params& old)
{
    if ( this == &old ) return *this;
    my_data        = old.my_data;
    data           = old.data;
    data[0]        = &my_data;
    verify_enabled = old.verify_enabled;
    allowedKeys    = old.allowedKeys;
    return *this;
}

void Params::clear()
{
    my_data.clear();
    data.clear();
    data.push_back(&my_data);
}

size_t Params::size() const
{
    size_t n = 0;
    for ( auto* m : data )
        n += m->size() - (m == &my_data ? 0 : m->count(0));
    return n;
}

bool Params::empty() const { return size() == 0; }

size_t Params::count(const key_type& k) const
{
    uint32_t key = getKey(k);
    for ( auto* m : data )
        if ( size_t n = m->count(key) ) return n;
    return 0;
}

const std::string& Params::getString(const std::string& name, bool& found) const
{
    static const std::string empty;
    uint32_t                 key = getKey(name);
    for ( auto* m : data ) {
        auto it = m->find(key);
        if ( it != m->end() ) {
            found = true;
            return it->second;
        }
    }
    found = false;
    return empty;
}

void Params::print_all_params(std::ostream& os, const std::string& prefix) const { os << toString(prefix); }

void Params::print_all_params(Output& out, const std::string& prefix) const
{
    int level = 0;
    for ( auto* m : data ) {
        if ( level == 0 ) {
            if ( !m->empty() ) out.output("%sLocal params:\n", prefix.c_str());
            ++level;
        }
        else if ( level == 1 ) {
            out.output("%sShared params:\n", prefix.c_str());
            ++level;
        }
        for ( const auto& [id, value] : *m )
            out.output("%s  %s = %s\n", prefix.c_str(), getParamName(id).c_str(), value.c_str());
    }
}

std::string Params::toString(const std::string& prefix) const
{
    std::string out;
    int         level = 0;
    for ( auto* m : data ) {
        if ( level == 0 ) {
            if ( !m->empty() ) out += "Local params:\n";
            ++level;
        }
        else if ( level == 1 ) {
            out += "Shared params:\n";
            ++level;
        }
        for ( const auto& [id, value] : *m )
            out += "  " + prefix + "key=" + getParamName(id) + ", value=" + value + "\n";
    }
    return out;
}

void Params::insert(const std::string& key, const std::string& value, bool overwrite)
{
    uint32_t id = getKey(key);
    if ( overwrite )
        my_data[id] = value;
    else
        my_data.emplace(id, value);
}

void Params::insert(const Params& params)
{
    for ( auto* m : params.data )
        for ( const auto& [id, value] : *m )
            if ( m == &params.my_data || id != 0 ) my_data[id] = value;
}

std::set<std::string> Params::getKeys() const
{
    std::set<std::string> keys;
    for ( auto* m : data )
        for ( const auto& [id, value] : *m )
            if ( m == &my_data || id != 0 ) keys.insert(getParamName(id));
    return keys;
}

Params Params::get_scoped_params(const std::string& scope) const
{
    Params ret;
    ret.enableVerify(false);
    const std::string prefix = scope + ".";
    for ( auto* m : data )
        for ( const auto& [id, value] : *m ) {
            const std::string& name = getParamName(id);
            if ( name.compare(0, prefix.size(), prefix) == 0 ) ret.insert(name.substr(prefix.size()), value, false);
        }
    ret.allowedKeys = allowedKeys;
    ret.enableVerify(verify_enabled);
    return ret;
}

bool Params::contains(const key_type& k) const
{
    uint32_t key = getKey(k);
    for ( auto* m : data )
        if ( m->count(key) ) return true;
    return false;
}

void Params::pushAllowedKeys(const std::vector<std::string>& keys) { allowedKeys.emplace_back(keys.begin(), keys.end()); }

void Params::popAllowedKeys()
{
    if ( !allowedKeys.empty() ) allowedKeys.pop_back();
}

void Params::verifyKey(const key_type& k) const
{
    // SST Core 16 is built without USE_PARAM_WARNINGS, so it does not warn; SST_PARAM_WARNINGS=1 turns
    // the warning on here, for finding a parameter name an element does not document.
    static const bool wanted = [] {
        const char* v = std::getenv("SST_PARAM_WARNINGS");
        return v && *v && std::string(v) != "0";
    }();
    if ( !wanted || !g_verify_enabled || !verify_enabled || allowedKeys.empty() ) return;
    for ( auto it = allowedKeys.rbegin(); it != allowedKeys.rend(); ++it )
        if ( it->count(k) ) return;
    Output warn("ParamWarning: ", 0, 0, Output::STDERR);
    warn.output(CALL_INFO, "Warning: Parameter \"%s\" is undocumented.\n", k.c_str());
}

void Params::verifyParam(const key_type& k) const { verifyKey(k); }

void Params::addSharedParamSet(const std::string& set)
{
    auto&            t = KeyTable::get();
    std::scoped_lock guard(t.lock);
    auto&            shared = t.shared[set];
    shared[0]               = set;
    data.push_back(&shared);
}

void Params::insert_shared(const std::string& set, const key_type& key, const key_type& value, bool overwrite)
{
    auto&            t = KeyTable::get();
    std::scoped_lock guard(t.lock);
    auto&            shared = t.shared[set];
    shared[0]               = set;
    if ( overwrite )
        shared[getKey(key)] = value;
    else
        shared.emplace(getKey(key), value);
}

std::map<std::string, std::string> Params::getSharedParamSet(const std::string& name)
{
    auto&                              t = KeyTable::get();
    std::scoped_lock                   guard(t.lock);
    std::map<std::string, std::string> out;
    auto                               it = t.shared.find(name);
    if ( it != t.shared.end() )
        for ( const auto& [id, value] : it->second )
            if ( id != 0 ) out[getParamName(id)] = value;
    return out;
}

std::vector<std::string> Params::getSharedParamSetNames()
{
    auto&                    t = KeyTable::get();
    std::scoped_lock         guard(t.lock);
    std::vector<std::string> out;
    for ( const auto& [name, set] : t.shared )
        out.push_back(name);
    return out;
}

std::vector<std::string> Params::getLocalKeys() const
{
    std::vector<std::string> out;
    for ( const auto& [id, value] : my_data )
        out.push_back(getParamName(id));
    return out;
}

std::vector<std::string> Params::getSubscribedSharedParamSets() const
{
    std::vector<std::string> out;
    for ( size_t i = 1; i < data.size(); ++i )
        out.push_back(data[i]->at(0));
    return out;
}

void Params::getDelimitedTokens(const std::string& value, char delim, std::vector<std::string>& tokens) const
{
    bool in_quote = false, skip = false;
    char quote    = '"';
    long start    = -1;
    for ( size_t i = 0; i < value.size(); ++i ) {
        if ( skip ) {
            skip = false;
            continue;
        }
        if ( start == -1 ) {
            if ( std::isspace(static_cast<unsigned char>(value[i])) ) continue;
            start = static_cast<long>(i);
        }
        if ( in_quote ) {
            if ( value[i] == '\\' )
                skip = true;
            else if ( value[i] == quote )
                in_quote = false;
        }
        else if ( value[i] == delim ) {
            tokens.push_back(value.substr(start, i - start));
            start = -1;
        }
        else if ( value[i] == '"' || value[i] == '\'' ) {
            in_quote = true;
            quote    = value[i];
        }
    }
    if ( start != -1 ) tokens.push_back(value.substr(start));
}

void Params::cleanToken(std::string& token) const
{
    while ( !token.empty() && std::isspace(static_cast<unsigned char>(token.back())) )
        token.pop_back();
    if ( token.empty() || (token.front() != '"' && token.front() != '\'') ) return;
    const char q = token.front();
    if ( token.size() < 2 || token.back() != q )
        throw std::invalid_argument("Invalid formatting: If token begins with a double or single quote, it must "
                                    "end with the same quote style: " +
                                    token);
    token = token.substr(1, token.size() - 2);
    for ( size_t i = 0; i + 1 < token.size(); ++i )
        if ( token[i] == '\\' && token[i + 1] == q ) token.erase(i, 1);
}

void Params::serialize_order(Core::Serialization::serializer& ser)
{
    // By name: key ids are not the same in another process.
    std::map<std::string, std::string> values;
    std::vector<std::string>           sets;
    if ( ser.mode() != Core::Serialization::serializer::UNPACK ) {
        for ( const auto& [id, value] : my_data )
            values[getParamName(id)] = value;
        sets = getSubscribedSharedParamSets();
    }
    SST_SER(values);
    SST_SER(sets);
    if ( ser.mode() == Core::Serialization::serializer::UNPACK ) {
        clear();
        for ( const auto& [k, v] : values )
            insert(k, v);
        for ( const auto& s : sets )
            addSharedParamSet(s);
    }
}

} // namespace SST
