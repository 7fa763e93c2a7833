library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

-- Multi-channel PWM with a shared counter.
entity pwm is
  generic (
    CHANNELS : positive := 4;
    RES_BITS : positive := 10
  );
  port (
    clk    : in  std_logic;
    rst    : in  std_logic;
    duty   : in  std_logic_vector(CHANNELS * RES_BITS - 1 downto 0);
    pwm_o  : out std_logic_vector(CHANNELS - 1 downto 0)
  );
end entity pwm;

architecture rtl of pwm is
  signal counter : unsigned(RES_BITS - 1 downto 0) := (others => '0');
begin

  count_proc : process (clk)
  begin
    if rising_edge(clk) then
      if rst = '1' then
        counter <= (others => '0');
      else
        counter <= counter + 1;
      end if;
    end if;
  end process;

  gen_channels : for ch in 0 to CHANNELS - 1 generate
    signal d : unsigned(RES_BITS - 1 downto 0);
  begin
    d <= unsigned(duty((ch + 1) * RES_BITS - 1 downto ch * RES_BITS));

    out_proc : process (clk)
    begin
      if rising_edge(clk) then
        if rst = '1' then
          pwm_o(ch) <= '0';
        elsif counter < d then
          pwm_o(ch) <= '1';
        else
          pwm_o(ch) <= '0';
        end if;
      end if;
    end process;
  end generate gen_channels;

end architecture rtl;
