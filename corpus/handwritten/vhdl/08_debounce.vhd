library ieee;
use ieee.std_logic_1164.all;

entity debounce is
  generic (STABLE_CYCLES : positive := 500_000);   -- 10 ms at 50 MHz
  port (
    clk    : in  std_logic;
    btn_in : in  std_logic;
    btn_out: out std_logic;
    rise   : out std_logic
  );
end entity;

architecture rtl of debounce is
  signal sync    : std_logic_vector(1 downto 0) := "00";
  signal stable  : std_logic := '0';
  signal counter : natural range 0 to STABLE_CYCLES := 0;
begin
  process (clk)
  begin
    if rising_edge(clk) then
      -- two flip-flop synchroniser against metastability
      sync <= sync(0) & btn_in;
      rise <= '0';

      if sync(1) /= stable then
        if counter = STABLE_CYCLES then
          stable  <= sync(1);
          counter <= 0;
          if sync(1) = '1' then
            rise <= '1';
          end if;
        else
          counter <= counter + 1;
        end if;
      else
        counter <= 0;
      end if;
    end if;
  end process;

  btn_out <= stable;
end architecture;
