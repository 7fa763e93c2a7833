-- Traffic light controller with pedestrian request.
-- Two-process FSM style: registered state, combinational next-state logic.
library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

entity traffic_light is
  generic (
    TICKS_GREEN  : natural := 30;
    TICKS_YELLOW : natural := 4;
    TICKS_WALK   : natural := 12
  );
  port (
    clk        : in  std_logic;
    reset      : in  std_logic;
    tick_1hz   : in  std_logic;
    ped_button : in  std_logic;
    car_red    : out std_logic;
    car_yellow : out std_logic;
    car_green  : out std_logic;
    ped_walk   : out std_logic
  );
end entity traffic_light;

architecture fsm of traffic_light is
  type state_type is (S_GREEN, S_YELLOW, S_RED_WALK, S_RED_CLEAR);
  signal state, next_state : state_type;
  signal timer             : natural range 0 to 63;
  signal timer_reload      : boolean;
  signal ped_pending       : std_logic;
begin

  -- state register and timer
  regs : process (clk)
  begin
    if rising_edge(clk) then
      if reset = '1' then
        state       <= S_GREEN;
        timer       <= TICKS_GREEN;
        ped_pending <= '0';
      else
        if ped_button = '1' then
          ped_pending <= '1';
        elsif state = S_RED_WALK then
          ped_pending <= '0';
        end if;

        state <= next_state;
        if timer_reload then
          case next_state is
            when S_GREEN     => timer <= TICKS_GREEN;
            when S_YELLOW    => timer <= TICKS_YELLOW;
            when S_RED_WALK  => timer <= TICKS_WALK;
            when S_RED_CLEAR => timer <= 2;
          end case;
        elsif tick_1hz = '1' and timer > 0 then
          timer <= timer - 1;
        end if;
      end if;
    end if;
  end process regs;

  -- next state logic
  comb : process (state, timer, ped_pending)
  begin
    next_state   <= state;
    timer_reload <= false;
    case state is
      when S_GREEN =>
        if timer = 0 and ped_pending = '1' then
          next_state   <= S_YELLOW;
          timer_reload <= true;
        end if;
      when S_YELLOW =>
        if timer = 0 then
          next_state   <= S_RED_WALK;
          timer_reload <= true;
        end if;
      when S_RED_WALK =>
        if timer = 0 then
          next_state   <= S_RED_CLEAR;
          timer_reload <= true;
        end if;
      when S_RED_CLEAR =>
        if timer = 0 then
          next_state   <= S_GREEN;
          timer_reload <= true;
        end if;
    end case;
  end process comb;

  -- outputs (Moore)
  car_green  <= '1' when state = S_GREEN else '0';
  car_yellow <= '1' when state = S_YELLOW else '0';
  car_red    <= '1' when state = S_RED_WALK or state = S_RED_CLEAR else '0';
  ped_walk   <= '1' when state = S_RED_WALK else '0';

end architecture fsm;
