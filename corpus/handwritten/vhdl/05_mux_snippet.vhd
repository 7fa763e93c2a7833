with sel select
  y <= a when "00",
       b when "01",
       c when "10",
       d when others;
