library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;
use ieee.math_real.all;

package utils_pkg is
  -- number of bits needed to represent values 0 .. n-1
  function clog2(n : positive) return natural;
  function to_sl(b : boolean) return std_logic;
  function reverse(v : std_logic_vector) return std_logic_vector;
  function gray_encode(v : unsigned) return unsigned;
  function gray_decode(g : unsigned) return unsigned;
  function parity(v : std_logic_vector) return std_logic;

  subtype byte_t is std_logic_vector(7 downto 0);
  type byte_array_t is array (natural range <>) of byte_t;
end package utils_pkg;

package body utils_pkg is

  function clog2(n : positive) return natural is
  begin
    if n <= 1 then
      return 1;
    end if;
    return natural(ceil(log2(real(n))));
  end function;

  function to_sl(b : boolean) return std_logic is
  begin
    if b then return '1'; else return '0'; end if;
  end function;

  function reverse(v : std_logic_vector) return std_logic_vector is
    variable r : std_logic_vector(v'reverse_range);
  begin
    for i in v'range loop
      r(i) := v(i);
    end loop;
    return r;
  end function;

  function gray_encode(v : unsigned) return unsigned is
  begin
    return v xor shift_right(v, 1);
  end function;

  function gray_decode(g : unsigned) return unsigned is
    variable b : unsigned(g'range);
  begin
    b(b'high) := g(g'high);
    for i in g'high - 1 downto g'low loop
      b(i) := b(i + 1) xor g(i);
    end loop;
    return b;
  end function;

  function parity(v : std_logic_vector) return std_logic is
    variable p : std_logic := '0';
  begin
    for i in v'range loop
      p := p xor v(i);
    end loop;
    return p;
  end function;

end package body utils_pkg;
