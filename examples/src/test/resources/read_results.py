"""Reads Kapitza result files with the real VTK readers and prints what they hold, as JSON.

Usage: python3 read_results.py FILE...   (.vtr, .vtu, .vtp)
For each file: number of cells and points, the VTK cell types present, and for every cell array its name, number of
components, number of tuples, and its values (all of them: the test files are small); and the field data (strings
or numbers stored with the whole data set) as lists.
"""
import json
import sys

import vtk

READERS = {".vtr": vtk.vtkXMLRectilinearGridReader, ".vtu": vtk.vtkXMLUnstructuredGridReader,
           ".vtp": vtk.vtkXMLPolyDataReader}


class Errors(vtk.vtkCommand):
    pass


def read(path):
    ext = path[path.rfind("."):]
    reader = READERS[ext]()
    errors = []
    reader.AddObserver("ErrorEvent", lambda obj, ev: errors.append(ev))
    reader.AddObserver("WarningEvent", lambda obj, ev: errors.append(ev))
    reader.SetFileName(path)
    reader.Update()
    if errors or reader.GetErrorCode() != 0:
        raise SystemExit("VTK could not read %s: %s" % (path, errors))
    data = reader.GetOutput()
    arrays = {}
    cd = data.GetCellData()
    for i in range(cd.GetNumberOfArrays()):
        a = cd.GetArray(i)
        comps = a.GetNumberOfComponents()
        values = [a.GetComponent(t, c) for t in range(a.GetNumberOfTuples()) for c in range(comps)]
        arrays[a.GetName()] = {"components": comps, "tuples": a.GetNumberOfTuples(), "values": values}
    types = sorted(set(data.GetCellType(i) for i in range(data.GetNumberOfCells())))
    fields = {}
    fd = data.GetFieldData()
    for i in range(fd.GetNumberOfArrays()):
        a = fd.GetAbstractArray(i)
        fields[a.GetName()] = [a.GetValue(t) if isinstance(a, vtk.vtkStringArray) else a.GetComponent(t, 0)
                               for t in range(a.GetNumberOfTuples())]
    return {"cells": data.GetNumberOfCells(), "points": data.GetNumberOfPoints(), "types": types, "arrays": arrays,
            "fieldData": fields}


print(json.dumps({p: read(p) for p in sys.argv[1:]}))
