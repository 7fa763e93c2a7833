wait until rising_edge(clk) and valid = '1';
assert data = x"DEADBEEF"
  report "unexpected data: " & to_hstring(data)
  severity error;
