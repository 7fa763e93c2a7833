find_package(Boost 1.80 REQUIRED COMPONENTS program_options filesystem)
find_package(Threads REQUIRED)

add_executable(indexer main.cpp)
target_link_libraries(indexer PRIVATE Boost::program_options Boost::filesystem Threads::Threads)
