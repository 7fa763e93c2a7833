library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

-- 8-tap symmetric-free direct-form FIR, fully pipelined adder tree.
entity fir8 is
  port (
    clk    : in  std_logic;
    en     : in  std_logic;
    x_in   : in  signed(15 downto 0);
    y_out  : out signed(15 downto 0)
  );
end entity;

architecture rtl of fir8 is
  type coef_t is array (0 to 7) of signed(15 downto 0);
  -- Q1.15 low-pass coefficients
  constant H : coef_t := (
    to_signed(  -412, 16), to_signed( 1207, 16), to_signed( 5120, 16), to_signed( 10473, 16),
    to_signed( 10473, 16), to_signed( 5120, 16), to_signed( 1207, 16), to_signed(  -412, 16)
  );

  type taps_t  is array (0 to 7) of signed(15 downto 0);
  type prod_t  is array (0 to 7) of signed(31 downto 0);
  type sum4_t  is array (0 to 3) of signed(32 downto 0);
  type sum2_t  is array (0 to 1) of signed(33 downto 0);

  signal taps : taps_t := (others => (others => '0'));
  signal prod : prod_t;
  signal s4   : sum4_t;
  signal s2   : sum2_t;
  signal s1   : signed(34 downto 0);
begin
  process (clk)
  begin
    if rising_edge(clk) then
      if en = '1' then
        taps <= x_in & taps(0 to 6);
      end if;

      for i in 0 to 7 loop
        prod(i) <= taps(i) * H(i);
      end loop;
      for i in 0 to 3 loop
        s4(i) <= resize(prod(2*i), 33) + resize(prod(2*i + 1), 33);
      end loop;
      for i in 0 to 1 loop
        s2(i) <= resize(s4(2*i), 34) + resize(s4(2*i + 1), 34);
      end loop;
      s1 <= resize(s2(0), 35) + resize(s2(1), 35);

      -- back to Q1.15 with saturation
      if s1(34 downto 30) /= "00000" and s1(34 downto 30) /= "11111" then
        if s1(34) = '1' then
          y_out <= to_signed(-32768, 16);
        else
          y_out <= to_signed(32767, 16);
        end if;
      else
        y_out <= s1(30 downto 15);
      end if;
    end if;
  end process;
end architecture;
