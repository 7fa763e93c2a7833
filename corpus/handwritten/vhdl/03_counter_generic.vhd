library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

entity up_down_counter is
  generic (WIDTH : natural := 8);
  port (
    clk, rst_n, en, up : in std_logic;
    load     : in  std_logic;
    load_val : in  unsigned(WIDTH-1 downto 0);
    count    : out unsigned(WIDTH-1 downto 0);
    wrap     : out std_logic
  );
end up_down_counter;

architecture behav of up_down_counter is
  signal cnt : unsigned(WIDTH-1 downto 0);
begin
  process (clk, rst_n)
  begin
    if rst_n = '0' then
      cnt  <= (others => '0');
      wrap <= '0';
    elsif rising_edge(clk) then
      wrap <= '0';
      if load = '1' then
        cnt <= load_val;
      elsif en = '1' then
        if up = '1' then
          if cnt = (cnt'range => '1') then wrap <= '1'; end if;
          cnt <= cnt + 1;
        else
          if cnt = 0 then wrap <= '1'; end if;
          cnt <= cnt - 1;
        end if;
      end if;
    end if;
  end process;
  count <= cnt;
end behav;
