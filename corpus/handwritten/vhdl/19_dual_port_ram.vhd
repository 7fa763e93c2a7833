library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

-- Simple dual-port RAM with separate clocks; infers block RAM on most FPGAs.
entity dp_ram is
  generic (
    ADDR_W : natural := 10;
    DATA_W : natural := 32;
    INIT_ZERO : boolean := true
  );
  port (
    wclk  : in  std_logic;
    we    : in  std_logic;
    waddr : in  std_logic_vector(ADDR_W - 1 downto 0);
    wdata : in  std_logic_vector(DATA_W - 1 downto 0);
    rclk  : in  std_logic;
    raddr : in  std_logic_vector(ADDR_W - 1 downto 0);
    rdata : out std_logic_vector(DATA_W - 1 downto 0)
  );
end entity dp_ram;

architecture rtl of dp_ram is
  type ram_t is array (0 to 2 ** ADDR_W - 1) of std_logic_vector(DATA_W - 1 downto 0);

  impure function init_ram return ram_t is
    variable r : ram_t;
  begin
    for i in r'range loop
      if INIT_ZERO then
        r(i) := (others => '0');
      else
        r(i) := std_logic_vector(to_unsigned(i, DATA_W));
      end if;
    end loop;
    return r;
  end function;

  shared variable ram : ram_t := init_ram;
begin
  write_port : process (wclk)
  begin
    if rising_edge(wclk) then
      if we = '1' then
        ram(to_integer(unsigned(waddr))) := wdata;
      end if;
    end if;
  end process;

  read_port : process (rclk)
  begin
    if rising_edge(rclk) then
      rdata <= ram(to_integer(unsigned(raddr)));
    end if;
  end process;
end architecture rtl;
