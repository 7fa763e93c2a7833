data = [3 -1 7 0 -4 9 2];
pos = data(data > 0);
data(data < 0) = 0;
idx = find(data == max(data), 1);
disp(pos); disp(idx);
