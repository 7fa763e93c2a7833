// Copyright Ashgrove Games. All Rights Reserved.

#include "Weapons/ArcProjectile.h"

#include "Components/SphereComponent.h"
#include "GameFramework/ProjectileMovementComponent.h"
#include "Kismet/GameplayStatics.h"
#include "NiagaraFunctionLibrary.h"
#include "Engine/DamageEvents.h"

AArcProjectile::AArcProjectile()
{
	PrimaryActorTick.bCanEverTick = false;

	Collision = CreateDefaultSubobject<USphereComponent>(TEXT("Collision"));
	Collision->InitSphereRadius(6.f);
	Collision->SetCollisionProfileName(TEXT("Projectile"));
	Collision->SetNotifyRigidBodyCollision(true);
	RootComponent = Collision;

	Movement = CreateDefaultSubobject<UProjectileMovementComponent>(TEXT("Movement"));
	Movement->UpdatedComponent = Collision;
	Movement->InitialSpeed = 2400.f;
	Movement->MaxSpeed = 2400.f;
	Movement->ProjectileGravityScale = 0.6f;
	Movement->bRotationFollowsVelocity = true;

	InitialLifeSpan = 6.f;
}

void AArcProjectile::BeginPlay()
{
	Super::BeginPlay();

	Collision->OnComponentHit.AddDynamic(this, &AArcProjectile::HandleHit);
	if (AActor* Shooter = GetInstigator())
	{
		Collision->IgnoreActorWhenMoving(Shooter, true);
	}
}

void AArcProjectile::HandleHit(UPrimitiveComponent* HitComp, AActor* OtherActor,
	UPrimitiveComponent* OtherComp, FVector NormalImpulse, const FHitResult& Hit)
{
	if (bExploded || OtherActor == GetInstigator())
	{
		return;
	}
	bExploded = true;

	if (ExplosionRadius > 0.f)
	{
		TArray<AActor*> Ignore{ this };
		UGameplayStatics::ApplyRadialDamageWithFalloff(this, Damage, Damage * 0.2f, Hit.ImpactPoint,
			ExplosionRadius * 0.3f, ExplosionRadius, 1.f, DamageType, Ignore, this, GetInstigatorController());
	}
	else if (IsValid(OtherActor))
	{
		const FPointDamageEvent Event(Damage, Hit, GetVelocity().GetSafeNormal(), DamageType);
		OtherActor->TakeDamage(Damage, Event, GetInstigatorController(), this);
	}

	if (ImpactEffect)
	{
		UNiagaraFunctionLibrary::SpawnSystemAtLocation(this, ImpactEffect, Hit.ImpactPoint,
			Hit.ImpactNormal.Rotation());
	}
	if (ImpactSound)
	{
		UGameplayStatics::PlaySoundAtLocation(this, ImpactSound, Hit.ImpactPoint);
	}

	UE_LOG(LogTemp, Verbose, TEXT("%s hit %s at %s"), *GetName(), *GetNameSafe(OtherActor),
		*Hit.ImpactPoint.ToString());

	Movement->StopMovementImmediately();
	SetLifeSpan(0.1f);
}
