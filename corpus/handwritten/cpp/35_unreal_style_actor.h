// Copyright Example Studio. All Rights Reserved.

#pragma once

#include "CoreMinimal.h"
#include "GameFramework/Actor.h"
#include "Components/TimelineComponent.h"
#include "DoorActor.generated.h"

class UStaticMeshComponent;
class UBoxComponent;
class UCurveFloat;

UENUM(BlueprintType)
enum class EDoorState : uint8
{
	Closed,
	Opening,
	Open,
	Closing
};

DECLARE_DYNAMIC_MULTICAST_DELEGATE_OneParam(FOnDoorStateChanged, EDoorState, NewState);

UCLASS()
class MYGAME_API ADoorActor : public AActor
{
	GENERATED_BODY()

public:
	ADoorActor();

	UFUNCTION(BlueprintCallable, Category = "Door")
	void ToggleDoor();

	UFUNCTION(BlueprintPure, Category = "Door")
	EDoorState GetDoorState() const { return State; }

	UPROPERTY(BlueprintAssignable, Category = "Door")
	FOnDoorStateChanged OnDoorStateChanged;

protected:
	virtual void BeginPlay() override;

	UFUNCTION()
	void OnTriggerBegin(UPrimitiveComponent* OverlappedComp, AActor* OtherActor,
		UPrimitiveComponent* OtherComp, int32 OtherBodyIndex, bool bFromSweep,
		const FHitResult& SweepResult);

	UFUNCTION()
	void HandleTimelineProgress(float Value);

	UFUNCTION()
	void HandleTimelineFinished();

	UPROPERTY(VisibleAnywhere, BlueprintReadOnly, Category = "Components")
	TObjectPtr<UStaticMeshComponent> DoorFrame;

	UPROPERTY(VisibleAnywhere, BlueprintReadOnly, Category = "Components")
	TObjectPtr<UStaticMeshComponent> DoorMesh;

	UPROPERTY(VisibleAnywhere, Category = "Components")
	TObjectPtr<UBoxComponent> Trigger;

	UPROPERTY(EditAnywhere, Category = "Door", meta = (ClampMin = "0.0", ClampMax = "180.0"))
	float OpenAngle = 90.f;

	UPROPERTY(EditAnywhere, Category = "Door")
	bool bAutoOpen = true;

	UPROPERTY(EditDefaultsOnly, Category = "Door")
	TObjectPtr<UCurveFloat> OpenCurve;

private:
	FTimeline DoorTimeline;
	EDoorState State = EDoorState::Closed;
	FRotator ClosedRotation;

	virtual void Tick(float DeltaSeconds) override;
	void SetState(EDoorState NewState);
};
