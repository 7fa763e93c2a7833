library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;
use std.textio.all;
use ieee.std_logic_textio.all;

entity alu8_tb is
end alu8_tb;

architecture test of alu8_tb is
  signal a, b, result : std_logic_vector(7 downto 0);
  signal op           : std_logic_vector(2 downto 0);
  signal zero, carry, ovf : std_logic;

  type vec_t is record
    a, b   : integer;
    op     : std_logic_vector(2 downto 0);
    expect : integer;
    z, c, v : std_logic;
  end record;
  type vec_array is array (positive range <>) of vec_t;

  constant VECTORS : vec_array := (
    (5,   3,   "000", 8,   '0', '0', '0'),
    (200, 100, "000", 44,  '0', '1', '0'),
    (100, 100, "000", 200, '0', '0', '1'),
    (3,   5,   "001", 254, '0', '1', '0'),
    (7,   7,   "001", 0,   '1', '0', '0'),
    (12,  10,  "010", 8,   '0', '0', '0'),
    (12,  10,  "011", 14,  '0', '0', '0'),
    (255, 15,  "100", 240, '0', '0', '0'),
    (1,   4,   "101", 16,  '0', '0', '0'),
    (128, 2,   "110", 224, '0', '0', '0'),
    (250, 3,   "111", 1,   '0', '0', '0')
  );
begin
  uut : entity work.alu8 port map (a, b, op, result, zero, carry, ovf);

  process
    variable l : line;
    variable errors : natural := 0;
  begin
    for i in VECTORS'range loop
      a  <= std_logic_vector(to_unsigned(VECTORS(i).a, 8));
      b  <= std_logic_vector(to_unsigned(VECTORS(i).b, 8));
      op <= VECTORS(i).op;
      wait for 10 ns;
      if to_integer(unsigned(result)) /= VECTORS(i).expect or zero /= VECTORS(i).z
         or carry /= VECTORS(i).c or ovf /= VECTORS(i).v then
        errors := errors + 1;
        write(l, string'("vector "));
        write(l, i);
        write(l, string'(": op="));
        write(l, op);
        write(l, string'(" got "));
        write(l, to_integer(unsigned(result)));
        write(l, string'(" z/c/v="));
        write(l, zero & carry & ovf);
        writeline(output, l);
      end if;
    end loop;
    assert errors = 0 report integer'image(errors) & " vector(s) failed" severity failure;
    report "ALU: all " & integer'image(VECTORS'length) & " vectors passed";
    wait;
  end process;
end test;
