signal acc      : signed(23 downto 0) := (others => '0');
signal sample_q : signed(11 downto 0);
...
acc <= acc + resize(sample_q, acc'length);
overflow <= '1' when acc(23) /= acc(22) else '0';
