library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

-- SPI master, mode 0 (CPOL=0, CPHA=0), MSB first.
entity spi_master is
  generic (
    DATA_BITS : positive := 8;
    CLK_DIV   : positive := 4        -- sclk = clk / (2*CLK_DIV)
  );
  port (
    clk, rst : in  std_logic;
    start    : in  std_logic;
    tx_word  : in  std_logic_vector(DATA_BITS - 1 downto 0);
    rx_word  : out std_logic_vector(DATA_BITS - 1 downto 0);
    done     : out std_logic;
    sclk     : out std_logic;
    mosi     : out std_logic;
    miso     : in  std_logic;
    cs_n     : out std_logic
  );
end spi_master;

architecture rtl of spi_master is
  type st_t is (IDLE, XFER, FINISH);
  signal st       : st_t := IDLE;
  signal div_cnt  : natural range 0 to CLK_DIV - 1 := 0;
  signal sclk_i   : std_logic := '0';
  signal bits     : natural range 0 to DATA_BITS := 0;
  signal tx_sr    : std_logic_vector(DATA_BITS - 1 downto 0);
  signal rx_sr    : std_logic_vector(DATA_BITS - 1 downto 0);
begin
  sclk <= sclk_i;
  mosi <= tx_sr(DATA_BITS - 1);

  process (clk)
  begin
    if rising_edge(clk) then
      done <= '0';
      if rst = '1' then
        st     <= IDLE;
        cs_n   <= '1';
        sclk_i <= '0';
      else
        case st is
          when IDLE =>
            cs_n <= '1';
            if start = '1' then
              tx_sr   <= tx_word;
              bits    <= DATA_BITS;
              div_cnt <= 0;
              cs_n    <= '0';
              st      <= XFER;
            end if;

          when XFER =>
            if div_cnt = CLK_DIV - 1 then
              div_cnt <= 0;
              sclk_i  <= not sclk_i;
              if sclk_i = '0' then
                -- rising edge of sclk: sample
                rx_sr <= rx_sr(DATA_BITS - 2 downto 0) & miso;
                bits  <= bits - 1;
              else
                -- falling edge: shift out next bit
                tx_sr <= tx_sr(DATA_BITS - 2 downto 0) & '0';
                if bits = 0 then
                  st <= FINISH;
                end if;
              end if;
            else
              div_cnt <= div_cnt + 1;
            end if;

          when FINISH =>
            cs_n    <= '1';
            rx_word <= rx_sr;
            done    <= '1';
            st      <= IDLE;
        end case;
      end if;
    end if;
  end process;
end rtl;
