[X, Y] = meshgrid(-3:0.1:3);
Z = peaks(X, Y);
surf(X, Y, Z, 'EdgeColor', 'none');
shading interp; colormap(parula); colorbar;
view(-35, 40); axis tight;
