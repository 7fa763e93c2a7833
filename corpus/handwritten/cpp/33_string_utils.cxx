// string_utils.cxx

#include "string_utils.hxx"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace util
{

std::vector<std::string> split(const std::string& s, char delim, bool keepEmpty)
{
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(s);
    while (std::getline(in, item, delim))
    {
        if (keepEmpty || !item.empty())
            out.push_back(item);
    }
    if (keepEmpty && !s.empty() && s.back() == delim)
        out.emplace_back();
    return out;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep)
{
    std::string result;
    for (std::size_t i = 0; i < parts.size(); ++i)
    {
        if (i != 0)
            result += sep;
        result += parts[i];
    }
    return result;
}

std::string trim(const std::string& s)
{
    auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    auto first = std::find_if(s.begin(), s.end(), notSpace);
    auto last = std::find_if(s.rbegin(), s.rend(), notSpace).base();
    return first < last ? std::string(first, last) : std::string();
}

std::string toLower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool startsWith(const std::string& s, const std::string& prefix)
{
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to)
{
    if (from.empty())
        return s;
    std::string::size_type pos = 0;
    while ((pos = s.find(from, pos)) != std::string::npos)
    {
        s.replace(pos, from.size(), to);
        pos += to.size();
    }
    return s;
}

} // namespace util
