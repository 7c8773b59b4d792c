#include "report/xml_check.h"

#include <cstdint>

namespace crosscheck::testing {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view xml) : xml_(xml) {}

  bool Document(XmlElement* root, std::string* error) {
    if (Starts("<?xml")) {
      size_t end = xml_.find("?>", pos_);
      if (end == std::string_view::npos) return Fail("unterminated declaration", error);
      pos_ = end + 2;
    }
    if (!Misc(error)) return false;
    if (!Starts("<")) return Fail("expected the root element", error);
    if (!Element(root, error)) return false;
    if (!Misc(error)) return false;
    if (pos_ != xml_.size()) return Fail("content after the root element", error);
    return true;
  }

 private:
  bool Fail(const std::string& what, std::string* error) {
    *error = "offset " + std::to_string(pos_) + ": " + what;
    return false;
  }
  bool Starts(std::string_view s) const { return xml_.substr(pos_, s.size()) == s; }
  void SkipSpace() {
    while (pos_ < xml_.size() &&
           (xml_[pos_] == ' ' || xml_[pos_] == '\t' || xml_[pos_] == '\n' || xml_[pos_] == '\r')) {
      ++pos_;
    }
  }
  // Whitespace and comments.
  bool Misc(std::string* error) {
    for (;;) {
      SkipSpace();
      if (!Starts("<!--")) return true;
      size_t end = xml_.find("-->", pos_ + 4);
      if (end == std::string_view::npos) return Fail("unterminated comment", error);
      pos_ = end + 3;
    }
  }
  static bool NameChar(unsigned char c) {
    return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
  }
  bool Name(std::string* name, std::string* error) {
    size_t begin = pos_;
    while (pos_ < xml_.size() && NameChar(xml_[pos_])) ++pos_;
    if (pos_ == begin) return Fail("expected a name", error);
    unsigned char first = xml_[begin];
    if ((first >= '0' && first <= '9') || first == '-' || first == '.') {
      return Fail("a name may not start with a digit, '-' or '.'", error);
    }
    *name = std::string(xml_.substr(begin, pos_ - begin));
    return true;
  }
  static void AppendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      *out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      *out += static_cast<char>(0xC0 | (cp >> 6));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *out += static_cast<char>(0xE0 | (cp >> 12));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *out += static_cast<char>(0xF0 | (cp >> 18));
      *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  static bool XmlChar(uint32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
  // One code point of text at pos_ (raw UTF-8), checked.
  bool Char(std::string* out, std::string* error) {
    unsigned char c = xml_[pos_];
    size_t length = c < 0x80           ? 1
                    : (c >> 5) == 0x6  ? 2
                    : (c >> 4) == 0xE  ? 3
                    : (c >> 3) == 0x1E ? 4
                                       : 0;
    if (length == 0 || pos_ + length > xml_.size()) return Fail("invalid UTF-8", error);
    uint32_t cp = length == 1 ? c : c & (0x7F >> length);
    for (size_t i = 1; i < length; ++i) {
      unsigned char d = xml_[pos_ + i];
      if ((d & 0xC0) != 0x80) return Fail("invalid UTF-8", error);
      cp = (cp << 6) | (d & 0x3F);
    }
    if (!XmlChar(cp)) return Fail("a character XML 1.0 does not allow", error);
    out->append(xml_.substr(pos_, length));
    pos_ += length;
    return true;
  }
  bool Reference(std::string* out, std::string* error) {
    size_t end = xml_.find(';', pos_);
    if (end == std::string_view::npos || end - pos_ > 12) return Fail("a bare '&'", error);
    std::string_view name = xml_.substr(pos_ + 1, end - pos_ - 1);
    if (name == "amp")
      *out += '&';
    else if (name == "lt")
      *out += '<';
    else if (name == "gt")
      *out += '>';
    else if (name == "quot")
      *out += '"';
    else if (name == "apos")
      *out += '\'';
    else if (name.size() > 1 && name[0] == '#') {
      bool hex = name[1] == 'x';
      std::string_view digits = name.substr(hex ? 2 : 1);
      if (digits.empty()) return Fail("an empty character reference", error);
      uint32_t cp = 0;
      for (char d : digits) {
        int v = d >= '0' && d <= '9'          ? d - '0'
                : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
                : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10
                                              : -1;
        if (v < 0) return Fail("a bad character reference", error);
        cp = cp * (hex ? 16 : 10) + v;
        if (cp > 0x10FFFF) return Fail("a character reference out of range", error);
      }
      if (!XmlChar(cp)) return Fail("a reference to a character XML 1.0 does not allow", error);
      AppendUtf8(cp, out);
    } else {
      return Fail("an unknown entity '&" + std::string(name) + ";'", error);
    }
    pos_ = end + 1;
    return true;
  }
  bool AttributeValue(std::string* value, std::string* error) {
    if (pos_ >= xml_.size() || (xml_[pos_] != '"' && xml_[pos_] != '\'')) {
      return Fail("an unquoted attribute value", error);
    }
    char quote = xml_[pos_++];
    while (pos_ < xml_.size() && xml_[pos_] != quote) {
      if (xml_[pos_] == '<') return Fail("'<' in an attribute value", error);
      if (xml_[pos_] == '&') {
        if (!Reference(value, error)) return false;
        continue;
      }
      // A parser turns literal tab, CR and LF into spaces.
      if (xml_[pos_] == '\t' || xml_[pos_] == '\n' || xml_[pos_] == '\r') {
        *value += ' ';
        ++pos_;
        continue;
      }
      if (!Char(value, error)) return false;
    }
    if (pos_ >= xml_.size()) return Fail("an unterminated attribute value", error);
    ++pos_;
    return true;
  }
  bool Element(XmlElement* element, std::string* error) {
    if (++depth_ > 200) return Fail("elements nested too deeply", error);
    ++pos_;  // '<'
    if (!Name(&element->name, error)) return false;
    for (;;) {
      size_t before = pos_;
      SkipSpace();
      if (Starts("/>")) {
        pos_ += 2;
        --depth_;
        return true;
      }
      if (Starts(">")) {
        ++pos_;
        break;
      }
      if (pos_ == before) return Fail("expected whitespace before an attribute", error);
      std::string name, value;
      if (!Name(&name, error)) return false;
      SkipSpace();
      if (!Starts("=")) return Fail("expected '=' after attribute " + name, error);
      ++pos_;
      SkipSpace();
      if (!AttributeValue(&value, error)) return false;
      if (element->Attribute(name) != nullptr) return Fail("repeated attribute " + name, error);
      element->attributes.emplace_back(std::move(name), std::move(value));
    }
    for (;;) {
      if (pos_ >= xml_.size()) return Fail("unclosed element " + element->name, error);
      if (Starts("</")) {
        pos_ += 2;
        std::string name;
        if (!Name(&name, error)) return false;
        if (name != element->name) {
          return Fail("</" + name + "> closes <" + element->name + ">", error);
        }
        SkipSpace();
        if (!Starts(">")) return Fail("expected '>'", error);
        ++pos_;
        --depth_;
        return true;
      }
      if (Starts("<!--")) {
        if (!Misc(error)) return false;
        continue;
      }
      if (Starts("<![CDATA[") || Starts("<!") || Starts("<?")) {
        return Fail("CDATA, declarations and processing instructions are not supported", error);
      }
      if (Starts("<")) {
        auto child = std::make_unique<XmlElement>();
        if (!Element(child.get(), error)) return false;
        element->children.push_back(std::move(child));
        continue;
      }
      if (Starts("&")) {
        if (!Reference(&element->text, error)) return false;
        continue;
      }
      if (Starts("]]>")) return Fail("']]>' in text", error);
      if (!Char(&element->text, error)) return false;
    }
  }

  std::string_view xml_;
  size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

const std::string* XmlElement::Attribute(std::string_view name) const {
  for (const auto& [key, value] : attributes) {
    if (key == name) return &value;
  }
  return nullptr;
}

std::vector<const XmlElement*> XmlElement::Children(std::string_view name) const {
  std::vector<const XmlElement*> found;
  for (const auto& child : children) {
    if (child->name == name) found.push_back(child.get());
  }
  return found;
}

bool ParseXml(std::string_view xml, XmlElement* root, std::string* error) {
  return Reader(xml).Document(root, error);
}

}  // namespace crosscheck::testing
