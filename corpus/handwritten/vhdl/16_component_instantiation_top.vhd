library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

entity top_board is
  port (
    CLK50   : in  std_logic;
    KEY     : in  std_logic_vector(1 downto 0);
    SW      : in  std_logic_vector(9 downto 0);
    LEDR    : out std_logic_vector(9 downto 0);
    UART_TX : out std_logic
  );
end entity top_board;

architecture structural of top_board is

  component uart_tx is
    generic (CLK_FREQ_HZ : positive; BAUD_RATE : positive);
    port (
      clk, rst, tx_start : in std_logic;
      tx_data : in std_logic_vector(7 downto 0);
      tx_busy, tx : out std_logic
    );
  end component;

  component debounce is
    generic (STABLE_CYCLES : positive);
    port (clk, btn_in : in std_logic; btn_out, rise : out std_logic);
  end component;

  signal rst       : std_logic;
  signal send_edge : std_logic;
  signal busy      : std_logic;
  signal sent      : unsigned(7 downto 0) := (others => '0');
begin
  rst <= not KEY(0);

  u_db : debounce
    generic map (STABLE_CYCLES => 500_000)
    port map (clk => CLK50, btn_in => not KEY(1), btn_out => open, rise => send_edge);

  u_tx : uart_tx
    generic map (CLK_FREQ_HZ => 50_000_000, BAUD_RATE => 9600)
    port map (
      clk      => CLK50,
      rst      => rst,
      tx_start => send_edge,
      tx_data  => SW(7 downto 0),
      tx_busy  => busy,
      tx       => UART_TX
    );

  process (CLK50)
  begin
    if rising_edge(CLK50) then
      if rst = '1' then
        sent <= (others => '0');
      elsif send_edge = '1' and busy = '0' then
        sent <= sent + 1;
      end if;
    end if;
  end process;

  LEDR(7 downto 0) <= std_logic_vector(sent);
  LEDR(8) <= busy;
  LEDR(9) <= SW(9);
end architecture structural;
