library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

entity uart_tx_tb is
end entity;

architecture sim of uart_tx_tb is
  constant CLK_PERIOD : time := 20 ns;                 -- 50 MHz
  constant BAUD       : positive := 1_000_000;         -- fast for simulation
  constant BIT_TIME   : time := 1 sec / BAUD;

  signal clk      : std_logic := '0';
  signal rst      : std_logic := '1';
  signal tx_start : std_logic := '0';
  signal tx_data  : std_logic_vector(7 downto 0) := (others => '0');
  signal tx_busy  : std_logic;
  signal tx       : std_logic;
  signal done     : boolean := false;
begin

  clk <= not clk after CLK_PERIOD / 2 when not done;

  dut : entity work.uart_tx
    generic map (CLK_FREQ_HZ => 50_000_000, BAUD_RATE => BAUD)
    port map (clk => clk, rst => rst, tx_start => tx_start, tx_data => tx_data,
              tx_busy => tx_busy, tx => tx);

  stimulus : process
    procedure send_byte(b : std_logic_vector(7 downto 0)) is
    begin
      wait until rising_edge(clk);
      tx_data  <= b;
      tx_start <= '1';
      wait until rising_edge(clk);
      tx_start <= '0';
      wait until tx_busy = '0';
    end procedure;
  begin
    wait for 5 * CLK_PERIOD;
    rst <= '0';
    send_byte(x"A5");
    send_byte(x"3C");
    wait for 3 * BIT_TIME;
    done <= true;
    report "simulation finished" severity note;
    wait;
  end process;

  -- decode what appears on the line and compare with what was sent
  checker : process
    variable received : std_logic_vector(7 downto 0);
    type byte_array is array (natural range <>) of std_logic_vector(7 downto 0);
    constant expected : byte_array := (x"A5", x"3C");
  begin
    for n in expected'range loop
      wait until falling_edge(tx);             -- start bit
      wait for BIT_TIME / 2;
      assert tx = '0' report "start bit not low" severity error;
      for i in 0 to 7 loop
        wait for BIT_TIME;
        received(i) := tx;
      end loop;
      wait for BIT_TIME;
      assert tx = '1' report "stop bit not high" severity error;
      assert received = expected(n)
        report "byte " & integer'image(n) & " mismatch: got " &
               integer'image(to_integer(unsigned(received)))
        severity error;
    end loop;
    report "all bytes received correctly";
    wait;
  end process;

end architecture;
