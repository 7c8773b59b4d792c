// A small, strict XML 1.0 reader for the tests of the JUnit report: enough
// to tell a well-formed document from a broken one and to read its elements
// back. No DTDs, no namespaces, no CDATA; UTF-8 only.
#ifndef CROSSCHECK_TESTS_REPORT_XML_CHECK_H_
#define CROSSCHECK_TESTS_REPORT_XML_CHECK_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck::testing {

struct XmlElement {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;  // values decoded
  std::string text;  // the character data directly inside, decoded
  std::vector<std::unique_ptr<XmlElement>> children;

  // The value of attribute `name`, or nullptr.
  const std::string* Attribute(std::string_view name) const;
  // Direct children named `name`, in order.
  std::vector<const XmlElement*> Children(std::string_view name) const;
};

// Parses `xml` (an optional <?xml ...?> declaration, comments, one root
// element). Returns false with a message naming the byte offset on the first
// well-formedness error: unbalanced or misnested tags, an unquoted or repeated
// attribute, a bare '&' or '<', an unknown entity, a character XML does not
// allow, text outside the root.
bool ParseXml(std::string_view xml, XmlElement* root, std::string* error);

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_REPORT_XML_CHECK_H_
