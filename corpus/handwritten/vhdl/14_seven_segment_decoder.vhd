library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

-- Drives a 4-digit multiplexed 7-segment display (common anode, active low).
entity seg7_mux is
  generic (REFRESH_DIV : positive := 50_000);
  port (
    clk    : in  std_logic;
    value  : in  std_logic_vector(15 downto 0);
    blank  : in  std_logic_vector(3 downto 0);
    seg_n  : out std_logic_vector(6 downto 0);   -- g f e d c b a
    an_n   : out std_logic_vector(3 downto 0)
  );
end entity;

architecture rtl of seg7_mux is
  signal div    : natural range 0 to REFRESH_DIV - 1 := 0;
  signal digit  : unsigned(1 downto 0) := "00";
  signal nibble : std_logic_vector(3 downto 0);

  function hex_to_seg(h : std_logic_vector(3 downto 0)) return std_logic_vector is
  begin
    case h is
      when x"0" => return "1000000";
      when x"1" => return "1111001";
      when x"2" => return "0100100";
      when x"3" => return "0110000";
      when x"4" => return "0011001";
      when x"5" => return "0010010";
      when x"6" => return "0000010";
      when x"7" => return "1111000";
      when x"8" => return "0000000";
      when x"9" => return "0010000";
      when x"A" => return "0001000";
      when x"B" => return "0000011";
      when x"C" => return "1000110";
      when x"D" => return "0100001";
      when x"E" => return "0000110";
      when others => return "0001110";
    end case;
  end function;
begin
  process (clk)
  begin
    if rising_edge(clk) then
      if div = REFRESH_DIV - 1 then
        div   <= 0;
        digit <= digit + 1;
      else
        div <= div + 1;
      end if;
    end if;
  end process;

  with digit select nibble <=
    value(3 downto 0)   when "00",
    value(7 downto 4)   when "01",
    value(11 downto 8)  when "10",
    value(15 downto 12) when others;

  seg_n <= "1111111" when blank(to_integer(digit)) = '1' else hex_to_seg(nibble);

  an_proc : process (digit)
  begin
    an_n <= (others => '1');
    an_n(to_integer(digit)) <= '0';
  end process;
end architecture;
