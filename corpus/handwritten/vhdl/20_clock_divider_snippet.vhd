architecture rtl of clk_div is
  signal cnt : unsigned(24 downto 0) := (others => '0');
begin
  process (clk_in)
  begin
    if rising_edge(clk_in) then
      cnt <= cnt + 1;
    end if;
  end process;
  led_blink <= cnt(cnt'high);
end architecture;
