FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts --no-autoloader --prefer-dist

FROM node:20 AS assets
WORKDIR /app
COPY package*.json vite.config.js ./
COPY resources ./resources
RUN npm ci && npm run build

FROM php:8.3-fpm-alpine
RUN apk add --no-cache icu-dev libzip-dev libpng-dev oniguruma-dev \
 && docker-php-ext-install -j$(nproc) intl pdo_mysql zip gd bcmath opcache \
 && apk del --no-cache icu-dev libzip-dev libpng-dev oniguruma-dev \
 && apk add --no-cache icu-libs libzip libpng

COPY docker/php/opcache.ini /usr/local/etc/php/conf.d/opcache.ini
COPY docker/php/www.conf /usr/local/etc/php-fpm.d/www.conf

WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY . .
COPY --from=assets /app/public/build ./public/build
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
RUN composer dump-autoload --optimize --classmap-authoritative \
 && php artisan view:cache \
 && chown -R www-data:www-data storage bootstrap/cache

USER www-data
EXPOSE 9000
CMD ["php-fpm"]
