#include "quantity/decimal.h"

#include <algorithm>
#include <cmath>

namespace crosscheck::quantity {
namespace {

constexpr int kMaxDigits = 36;

// Powers of ten up to 10^38, for digit counts without 128-bit division
// (which is slow, and comparisons run on every candidate pair of figures).
struct PowersOfTen {
  __int128 value[39];
  constexpr PowersOfTen() : value() {
    value[0] = 1;
    for (int i = 1; i < 39; ++i) value[i] = value[i - 1] * 10;
  }
};
constexpr PowersOfTen kPowers;

int DigitCount(__int128 v) {
  if (v < 0) v = -v;
  int n = 1;
  while (n < 39 && v >= kPowers.value[n]) ++n;
  return n;
}

__int128 Pow10(int n) { return kPowers.value[n]; }  // REQUIRES: 0 <= n <= 38

// Drops `n` trailing digits; returns true when any dropped digit was non-zero.
bool DropDigits(__int128* v, int n) {
  if (n > 40) {  // every digit goes
    bool lost = *v != 0;
    *v = 0;
    return lost;
  }
  bool lost = false;
  for (int i = 0; i < n; ++i) {
    if (*v % 10 != 0) lost = true;
    *v /= 10;
  }
  return lost;
}

}  // namespace

bool Decimal::Parse(std::string_view text, Decimal* out) {
  Decimal d;
  bool seen_point = false, seen_digit = false;
  int digits = 0;
  for (char c : text) {
    if (c == '.') {
      if (seen_point) return false;
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return false;
    seen_digit = true;
    if (digits >= kMaxDigits) {
      // Beyond what the mantissa holds: keep the magnitude, lose the digit.
      if (c != '0') d.inexact_ = true;
      if (!seen_point) ++d.exponent_;
      continue;
    }
    if (d.mantissa_ != 0 || c != '0') ++digits;
    d.mantissa_ = d.mantissa_ * 10 + (c - '0');
    if (seen_point) --d.exponent_;
  }
  if (!seen_digit) return false;
  *out = d;
  return true;
}

void Decimal::Normalize() {
  int n = DigitCount(mantissa_);
  if (n > kMaxDigits) {
    if (DropDigits(&mantissa_, n - kMaxDigits)) inexact_ = true;
    exponent_ += n - kMaxDigits;
  }
}

Decimal Decimal::Scaled(int32_t power) const {
  Decimal d = *this;
  d.exponent_ += power;
  return d;
}

Decimal Decimal::operator+(const Decimal& other) const {
  Decimal a = *this, b = other;
  if (a.exponent_ < b.exponent_) std::swap(a, b);  // a has the larger exponent
  // Bring a down to b's exponent as far as 37 digits allow, then drop
  // b's excess precision.
  int room = 37 - DigitCount(a.mantissa_);
  int diff = a.exponent_ - b.exponent_;
  int shift = std::min(diff, std::max(room, 0));
  a.mantissa_ *= Pow10(shift);
  a.exponent_ -= shift;
  bool lost = DropDigits(&b.mantissa_, a.exponent_ - b.exponent_);
  Decimal r;
  r.mantissa_ = a.mantissa_ + b.mantissa_;
  r.exponent_ = a.exponent_;
  r.inexact_ = a.inexact_ || b.inexact_ || lost;
  r.Normalize();
  return r;
}

Decimal Decimal::operator-(const Decimal& other) const {
  Decimal negated = other;
  negated.mantissa_ = -negated.mantissa_;
  return *this + negated;
}

Decimal Decimal::operator*(const Decimal& other) const {
  Decimal a = *this, b = other;
  bool lost = false;
  while (DigitCount(a.mantissa_) + DigitCount(b.mantissa_) > 37) {
    Decimal& longer = DigitCount(a.mantissa_) >= DigitCount(b.mantissa_) ? a : b;
    lost |= DropDigits(&longer.mantissa_, 1);
    ++longer.exponent_;
  }
  Decimal r;
  r.mantissa_ = a.mantissa_ * b.mantissa_;
  r.exponent_ = a.exponent_ + b.exponent_;
  r.inexact_ = a.inexact_ || b.inexact_ || lost;
  r.Normalize();
  return r;
}

Decimal Decimal::DividedBy(const Decimal& other) const {
  Decimal a = *this, b = other;
  bool lost = false;
  int nb = DigitCount(b.mantissa_);
  if (nb > 18) {
    lost |= DropDigits(&b.mantissa_, nb - 18);
    b.exponent_ += nb - 18;
    nb = 18;
  }
  int target = nb + 18;  // digits of the dividend: 18 digits of quotient
  int na = DigitCount(a.mantissa_);
  if (na < target) {
    a.mantissa_ *= Pow10(target - na);
    a.exponent_ -= target - na;
  } else if (na > target) {
    lost |= DropDigits(&a.mantissa_, na - target);
    a.exponent_ += na - target;
  }
  Decimal r;
  r.mantissa_ = a.mantissa_ / b.mantissa_;
  lost |= (a.mantissa_ % b.mantissa_) != 0;
  r.exponent_ = a.exponent_ - b.exponent_;
  r.inexact_ = a.inexact_ || b.inexact_ || lost;
  r.Normalize();
  return r;
}

Decimal Decimal::HalfUnit() const {
  Decimal d;
  d.mantissa_ = 5;
  d.exponent_ = exponent_ - 1;
  return d;
}

std::strong_ordering Decimal::operator<=>(const Decimal& other) const {
  if (exponent_ == other.exponent_) {  // the common case: same written precision
    return mantissa_ < other.mantissa_
               ? std::strong_ordering::less
               : (mantissa_ > other.mantissa_ ? std::strong_ordering::greater
                                              : std::strong_ordering::equal);
  }
  bool neg_a = mantissa_ < 0, neg_b = other.mantissa_ < 0;
  if (mantissa_ == 0 || other.mantissa_ == 0) {
    if (mantissa_ == 0 && other.mantissa_ == 0) return std::strong_ordering::equal;
    if (mantissa_ == 0) return neg_b ? std::strong_ordering::greater : std::strong_ordering::less;
    return neg_a ? std::strong_ordering::less : std::strong_ordering::greater;
  }
  if (neg_a != neg_b) return neg_a ? std::strong_ordering::less : std::strong_ordering::greater;
  // Same sign: compare magnitudes, then flip for negatives.
  __int128 ma = neg_a ? -mantissa_ : mantissa_, mb = neg_b ? -other.mantissa_ : other.mantissa_;
  int64_t order_a = int64_t{DigitCount(ma)} + exponent_;
  int64_t order_b = int64_t{DigitCount(mb)} + other.exponent_;
  std::strong_ordering magnitude = std::strong_ordering::equal;
  if (order_a != order_b) {
    magnitude = order_a <=> order_b;
  } else {
    // Same order of magnitude: align on the smaller exponent (fits in 37 digits).
    int32_t e = std::min(exponent_, other.exponent_);
    __int128 a = ma * Pow10(exponent_ - e), b = mb * Pow10(other.exponent_ - e);
    magnitude = a < b ? std::strong_ordering::less
                      : (a > b ? std::strong_ordering::greater : std::strong_ordering::equal);
  }
  if (!neg_a) return magnitude;
  return magnitude == std::strong_ordering::less
             ? std::strong_ordering::greater
             : (magnitude == std::strong_ordering::greater ? std::strong_ordering::less
                                                           : magnitude);
}

std::string Decimal::ToString() const {
  __int128 m = mantissa_ < 0 ? -mantissa_ : mantissa_;
  std::string digits;
  do {
    digits.push_back(static_cast<char>('0' + static_cast<int>(m % 10)));
    m /= 10;
  } while (m != 0);
  std::reverse(digits.begin(), digits.end());
  int32_t e = exponent_;
  // Strip trailing zeros into the exponent for display.
  while (digits.size() > 1 && digits.back() == '0') {
    digits.pop_back();
    ++e;
  }
  std::string sign = mantissa_ < 0 ? "-" : "";
  if (digits == "0") return "0";
  int64_t point = static_cast<int64_t>(digits.size()) + e;  // digits before the point
  if (point > 40 || point < -20) {
    std::string s = sign + digits.substr(0, 1);
    if (digits.size() > 1) s += "." + digits.substr(1);
    return s + "e" + (point - 1 >= 0 ? "+" : "") + std::to_string(point - 1);
  }
  if (e >= 0) return sign + digits + std::string(static_cast<size_t>(e), '0');
  if (point > 0) return sign + digits.substr(0, point) + "." + digits.substr(point);
  return sign + "0." + std::string(static_cast<size_t>(-point), '0') + digits;
}

double Decimal::ToDouble() const {
  return static_cast<double>(mantissa_) * std::pow(10.0, exponent_);
}

}  // namespace crosscheck::quantity
