auto clamp01 = [](auto x) { return x < 0 ? decltype(x){0} : (x > 1 ? decltype(x){1} : x); };
std::vector<double> gains{-0.2, 0.5, 1.7};
std::transform(gains.begin(), gains.end(), gains.begin(), clamp01);
