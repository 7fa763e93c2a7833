library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

entity alu8 is
  port (
    a, b   : in  std_logic_vector(7 downto 0);
    op     : in  std_logic_vector(2 downto 0);
    result : out std_logic_vector(7 downto 0);
    zero   : out std_logic;
    carry  : out std_logic;
    ovf    : out std_logic
  );
end entity;

architecture comb of alu8 is
begin
  process (a, b, op)
    variable ua, ub : unsigned(8 downto 0);
    variable sa, sb : signed(7 downto 0);
    variable r9     : unsigned(8 downto 0);
    variable r      : std_logic_vector(7 downto 0);
  begin
    ua := resize(unsigned(a), 9);
    ub := resize(unsigned(b), 9);
    sa := signed(a);
    sb := signed(b);
    r9 := (others => '0');
    ovf <= '0';

    case op is
      when "000" =>                                   -- ADD
        r9 := ua + ub;
        r  := std_logic_vector(r9(7 downto 0));
        if sa(7) = sb(7) and r(7) /= sa(7) then ovf <= '1'; end if;
      when "001" =>                                   -- SUB
        r9 := ua - ub;
        r  := std_logic_vector(r9(7 downto 0));
        if sa(7) /= sb(7) and r(7) /= sa(7) then ovf <= '1'; end if;
      when "010" => r := a and b;
      when "011" => r := a or b;
      when "100" => r := a xor b;
      when "101" => r := std_logic_vector(shift_left(unsigned(a), to_integer(unsigned(b(2 downto 0)))));
      when "110" => r := std_logic_vector(shift_right(signed(a), to_integer(unsigned(b(2 downto 0)))));
      when others =>                                  -- SLT
        if sa < sb then r := x"01"; else r := x"00"; end if;
    end case;

    result <= r;
    carry  <= r9(8);
    if r = x"00" then zero <= '1'; else zero <= '0'; end if;
  end process;
end architecture;
