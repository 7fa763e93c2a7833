library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

entity sync_fifo is
  generic (
    DATA_W : positive := 16;
    DEPTH  : positive := 32      -- must be a power of two
  );
  port (
    clk     : in  std_logic;
    srst    : in  std_logic;
    wr_en   : in  std_logic;
    wr_data : in  std_logic_vector(DATA_W - 1 downto 0);
    rd_en   : in  std_logic;
    rd_data : out std_logic_vector(DATA_W - 1 downto 0);
    full    : out std_logic;
    empty   : out std_logic;
    level   : out natural range 0 to DEPTH
  );
end entity;

architecture rtl of sync_fifo is
  type mem_t is array (0 to DEPTH - 1) of std_logic_vector(DATA_W - 1 downto 0);
  signal mem    : mem_t;
  signal wr_ptr : unsigned(4 downto 0) := (others => '0');
  signal rd_ptr : unsigned(4 downto 0) := (others => '0');
  signal count  : natural range 0 to DEPTH := 0;

  signal do_write, do_read : boolean;
begin
  assert 2 ** wr_ptr'length = DEPTH
    report "sync_fifo: pointer width does not match DEPTH" severity failure;

  do_write <= wr_en = '1' and count < DEPTH;
  do_read  <= rd_en = '1' and count > 0;

  process (clk)
  begin
    if rising_edge(clk) then
      if srst = '1' then
        wr_ptr <= (others => '0');
        rd_ptr <= (others => '0');
        count  <= 0;
      else
        if do_write then
          mem(to_integer(wr_ptr)) <= wr_data;
          wr_ptr <= wr_ptr + 1;
        end if;
        if do_read then
          rd_data <= mem(to_integer(rd_ptr));
          rd_ptr  <= rd_ptr + 1;
        end if;
        if do_write and not do_read then
          count <= count + 1;
        elsif do_read and not do_write then
          count <= count - 1;
        end if;
      end if;
    end if;
  end process;

  full  <= '1' when count = DEPTH else '0';
  empty <= '1' when count = 0 else '0';
  level <= count;
end architecture;
