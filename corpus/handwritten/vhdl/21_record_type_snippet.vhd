type pixel_t is record
  r, g, b : unsigned(7 downto 0);
  valid   : std_logic;
end record;
constant BLACK : pixel_t := (r => x"00", g => x"00", b => x"00", valid => '0');
