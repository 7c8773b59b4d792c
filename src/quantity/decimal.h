// Decimal: an exact decimal number, mantissa × 10^exponent, that remembers
// how it was written.
//
// Figures are compared as exact decimals, never as binary floating point.
// The mantissa keeps the digits the author wrote, trailing zeros included, so
// the exponent is the precision: "184.36" is 18436e-2 and "1.84" scaled by a
// million is 184e4, known to ±5,000. Equality and ordering compare values
// (1.50 == 1.5).
//
// Mantissas hold up to 36 significant digits; longer digit strings keep their
// leading 36 digits and set inexact() — no real figure needs more.
#ifndef CROSSCHECK_QUANTITY_DECIMAL_H_
#define CROSSCHECK_QUANTITY_DECIMAL_H_

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace crosscheck::quantity {

class Decimal {
 public:
  Decimal() = default;  // 0
  Decimal(int64_t mantissa, int32_t exponent = 0) : mantissa_(mantissa), exponent_(exponent) {}

  // Parses ASCII digits with an optional single '.' ("1237", "184.36", ".5").
  // Separators must already be removed. Returns false on anything else.
  static bool Parse(std::string_view text, Decimal* out);

  bool negative() const { return mantissa_ < 0; }
  bool is_zero() const { return mantissa_ == 0; }
  bool inexact() const { return inexact_; }
  int32_t exponent() const { return exponent_; }

  // ×10^power; the written precision moves with it (184.36 → 184.36万).
  Decimal Scaled(int32_t power) const;
  // Arithmetic. Precision of the result is the finer of the two operands
  // (for +, -) or the sum of exponents (for ×). Division rounds to 18
  // significant digits and marks the result inexact when it does.
  Decimal operator+(const Decimal& other) const;
  Decimal operator-(const Decimal& other) const;
  Decimal operator*(const Decimal& other) const;
  Decimal DividedBy(const Decimal& other) const;  // REQUIRES: !other.is_zero()

  // Half a unit of the last written digit: 5 × 10^(exponent-1).
  Decimal HalfUnit() const;

  std::strong_ordering operator<=>(const Decimal& other) const;
  bool operator==(const Decimal& other) const { return (*this <=> other) == 0; }

  // Plain decimal notation without exponent and without trailing zeros after
  // the point: "11352400", "0.5", "-3.25". Very large or small values use
  // scientific notation ("1e+400").
  std::string ToString() const;
  // For scores and display only; never for deciding agreement.
  double ToDouble() const;

 private:
  void Normalize();  // keeps the mantissa within 36 digits

  __int128 mantissa_ = 0;
  int32_t exponent_ = 0;
  bool inexact_ = false;
};

}  // namespace crosscheck::quantity

#endif  // CROSSCHECK_QUANTITY_DECIMAL_H_
