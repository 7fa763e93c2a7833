package com.example.fleet.repo;

import com.example.fleet.model.Vehicle;
import com.example.fleet.model.VehicleStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VehicleRepository extends JpaRepository<Vehicle, Long> {

    Optional<Vehicle> findByPlateIgnoreCase(String plate);

    Page<Vehicle> findByStatus(VehicleStatus status, Pageable pageable);

    List<Vehicle> findByDepotIdAndStatusIn(long depotId, List<VehicleStatus> statuses);

    @Query("select v from Vehicle v where v.nextServiceDate <= :until order by v.nextServiceDate")
    List<Vehicle> dueForService(@Param("until") LocalDate until);

    @Query(value = """
            select depot_id, count(*) as n
              from vehicle
             where status = 'ACTIVE'
             group by depot_id
            """, nativeQuery = true)
    List<Object[]> activeCountPerDepot();

    @Modifying
    @Query("update Vehicle v set v.status = :status where v.id in :ids")
    int bulkSetStatus(@Param("ids") List<Long> ids, @Param("status") VehicleStatus status);
}
