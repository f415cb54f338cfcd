// Concentric cylinders, a quarter of them (x, y >= 0) of height 0.25 m: inner shell r in [0.5, 0.8] m,
// outer shell r in [0.8, 1.2] m. The planes x = 0, y = 0, z = 0 and z = 0.25 are symmetry planes
// (adiabatic). Refine with gmsh -clscale s.
SetFactory("OpenCASCADE");
h = 0.25;
Cylinder(1) = {0, 0, 0, 0, 0, h, 1.2, Pi/2};
Cylinder(2) = {0, 0, 0, 0, 0, h, 0.8, Pi/2};
Cylinder(3) = {0, 0, 0, 0, 0, h, 0.5, Pi/2};
BooleanDifference(4) = { Volume{1}; Delete; }{ Volume{2}; };
BooleanDifference(5) = { Volume{2}; Delete; }{ Volume{3}; Delete; };
BooleanFragments{ Volume{4}; Delete; }{ Volume{5}; Delete; }
Physical Volume("inner") = Volume In BoundingBox{-0.01, -0.01, -0.01, 0.81, 0.81, h + 0.01};
Physical Volume("outer") = {4};
Physical Surface("r-inner") = Surface In BoundingBox{-0.01, -0.01, -0.01, 0.51, 0.51, h + 0.01};
s() = Surface In BoundingBox{-0.01, -0.01, -0.01, 1.21, 1.21, h + 0.01};
Physical Surface("r-outer") = {};
For i In {0 : #s() - 1}
  bb() = BoundingBox Surface{s(i)};
  If (bb(3) > 1.19 && bb(4) > 1.19 && bb(5) - bb(2) > h / 2)
    Physical Surface("r-outer") += {s(i)};
  EndIf
EndFor
Mesh.MeshSizeMax = 0.12;
