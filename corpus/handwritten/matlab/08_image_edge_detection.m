%% Edge detection on a grayscale image (Image Processing Toolbox)
img = imread('peppers.png');
gray = im2double(rgb2gray(img));

%% Sobel by hand
sx = [-1 0 1; -2 0 2; -1 0 1];
sy = sx';
gx = conv2(gray, sx, 'same');
gy = conv2(gray, sy, 'same');
mag = hypot(gx, gy);
mag = mag / max(mag(:));

thresh = graythresh(mag);
edgesSobel = mag > thresh;

%% Built-in Canny for comparison
edgesCanny = edge(gray, 'canny', [0.05 0.2], 1.5);

%% Show
figure('Position', [100 100 1200 400]);
subplot(1, 3, 1); imshow(gray);       title('input');
subplot(1, 3, 2); imshow(edgesSobel); title(sprintf('Sobel, t = %.2f', thresh));
subplot(1, 3, 3); imshow(edgesCanny); title('Canny');

fprintf('edge pixels: sobel %d, canny %d\n', nnz(edgesSobel), nnz(edgesCanny));
