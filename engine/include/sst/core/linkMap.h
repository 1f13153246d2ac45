// SPDX-License-Identifier: BSD-3-Clause
// A component's links by port name.
#ifndef SST_CORE_LINKMAP_H
#define SST_CORE_LINKMAP_H

#include <map>
#include <set>
#include <string>

namespace SST {

class Link;

class LinkMap
{
public:
    LinkMap() = default;
    ~LinkMap() = default; // the engine owns the links
    LinkMap(const LinkMap&)            = delete;
    LinkMap& operator=(const LinkMap&) = delete;

    void  insertLink(const std::string& name, Link* link) { links_[name] = link; }
    void  removeLink(const std::string& name) { links_.erase(name); }
    Link* getLink(const std::string& name)
    {
        auto it = links_.find(name);
        return it == links_.end() ? nullptr : it->second;
    }
    bool empty() const { return links_.empty(); }
    std::map<std::string, Link*>& getLinkMap() { return links_; }
    void addSelfPort(const std::string& name) { self_ports_.insert(name); }
    bool isSelfPort(const std::string& name) const { return self_ports_.count(name) != 0; }

private:
    std::map<std::string, Link*> links_;
    std::set<std::string>        self_ports_;
};

} // namespace SST

#endif
