process (clk)
begin
  if rising_edge(clk) then
    q_d1 <= d;
    q_d2 <= q_d1;
    edge <= q_d1 and not q_d2;
  end if;
end process;
