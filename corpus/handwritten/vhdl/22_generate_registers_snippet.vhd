gen_regs : for i in 0 to N_REGS - 1 generate
  regs(i) <= wdata when rising_edge(clk) and we = '1' and waddr = i;
end generate;
