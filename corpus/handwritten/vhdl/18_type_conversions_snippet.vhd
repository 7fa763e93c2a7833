-- std_logic_vector <-> integer, the numeric_std way
addr_int <= to_integer(unsigned(addr_slv));
data_slv <= std_logic_vector(to_signed(temp_c, 16));
mem(to_integer(unsigned(wr_addr))) <= wr_data;
